/** Site-wide words, written once. */
const title = 'Enforcing livelihood cases in China, 2024';

export const site = {
  title,
  /** The corporate author in citations: no person is named, so the site's own name stands for it. */
  publisher: title,
  tagline:
    "An explainer of one interview: how China's courts enforced claims for wages, family support and injury compensation in 2024.",
  /** Who gave the interview (the English item's "Executive Bureau" is the court's Enforcement Bureau, 执行局). */
  speaker: 'Huang Wenjun, Director of the Supreme People’s Court’s Enforcement Bureau',
};

/** A site path's absolute URL on the public site (Astro's `site`, from SITE_URL, passed in). */
export const absoluteUrl = (siteUrl: string | URL, path: string): string => new URL(path, siteUrl).href;
