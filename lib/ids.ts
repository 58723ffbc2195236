/**
 * Fixed identities, so that structures' policies can address the extension.
 * Chromium derives the id from the manifest `key` (sha256 of the DER public key, 0-f → a-p);
 * Firefox uses the gecko id. A unit test recomputes the Chromium id from the key.
 */
export const CHROME_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr2X6ukkQTaqvyE3yRIe6V5LE3AiPNSjwz/WCi2OTUDvWA2tOhU1XJNGVx6KMYy+I9XSXzUucyGLIK0iRVYLOxj2OTIREWEvCkWjv1AmmEhjMT/Ru83FM5cwuMmdKsR7e5MWSKF/10zsfOJo7wPdH9CoPJnXLeGP3Dfu0B06QZqR2Sc0VnpBCrMtKRwHw5EmW8mXsg0WMgtewgmkguZy7XfSvCNNC9W/AFFNIVAT7kfo1bswdiJAfYyrMj2tDGZNcqwidk4N/c83TzLOIVtRKAXvtmblUkNCONBH/n669VcMwDjiPyqYpI7nM/wCV7Y30UhxKqMn4w3OjaFUQ+ES2bQIDAQAB';
export const CHROME_EXTENSION_ID = 'knnnifbemchnijciciblfgdookfdeajn';
export const GECKO_ID = 'parenthese@parenthese.app';
