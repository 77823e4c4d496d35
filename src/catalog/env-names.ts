/**
 * Prefixes that frameworks put on variables they expose to the browser or their runtime:
 * `NEXT_PRIVATE_REDIS_URL` and `VITE_SUPABASE_URL` name what `REDIS_URL` and `SUPABASE_URL` do,
 * and `NEXT_PUBLIC_CMS_API_URL` names the `cms-api` upstream service. One list for the catalog's
 * matching and the upstream services' names.
 */
export const FRAMEWORK_ENV_PREFIX = /^(?:NEXT_PUBLIC_|NEXT_PRIVATE_|NUXT_PUBLIC_|NUXT_|VITE_|REACT_APP_|EXPO_PUBLIC_|PUBLIC_|GATSBY_|VUE_APP_)(?=[A-Z])/;
