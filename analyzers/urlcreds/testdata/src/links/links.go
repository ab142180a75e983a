// Package links builds API and web URLs with no imports at all: the
// literal "?access_token=" is evidence enough.
package links

const apiBase = "https://api.example.com/v1"

func ItemsURL(accessToken string) string {
	return apiBase + "/items?access_token=" + accessToken // want `access token placed in a URL query \(access_token=…\)`
}

func LoginURL(user, password string) string {
	return apiBase + "/login?user=" + user + "&password=" + password // want `password placed in a URL query \(password=…\): .* send it in the body of a POST`
}

func CallbackURL(redirect, tok string) string {
	return redirect + "#id_token=" + tok // want `ID token placed in a URL fragment \(id_token=…\)`
}

func GeocodeURL(addr, apiKey string) string {
	return "https://maps.example.com/api/geocode?address=" + addr + "&key=" + apiKey // want `API key placed in a URL query \(key=…\)`
}

func CacheURL(cacheKey string) string {
	return apiBase + "/cache?key=" + cacheKey
}

func PageURL(pageToken string) string {
	return apiBase + "/items?page_token=" + pageToken
}

func SearchURL(q, state string) string {
	return apiBase + "/search?q=" + q + "&state=" + state
}

func CookieHeader(sid string) string {
	return "session_id=" + sid
}

func FormBody(user, pw string) string {
	return "user=" + user + "&password=" + pw
}

func Describe(tok string) string {
	return "token=" + tok
}

func Example() string {
	return apiBase + "/items?access_token=" + "EXAMPLE"
}

func SQL(tok string) string {
	return "SELECT id FROM api_tokens WHERE token=" + tok
}
