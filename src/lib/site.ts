/** Site-wide words, written once. */
export const site = {
  title: 'Enforcing livelihood cases in China, 2024',
  tagline:
    "An explainer of one interview: how China's courts enforced wages, family support and injury compensation in 2024.",
};
