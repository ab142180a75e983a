// Package scsapp uses scs with its defaults and a login handler that
// forgets RenewToken.
package scsapp

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

var sessionManager *scs.SessionManager

func Setup() http.Handler {
	sessionManager = scs.New() // want `scs.New \(defaults: HttpOnly, Secure=false, SameSite=Lax\) is not Secure \(Cookie.Secure is not set\)` `scs.New .* has SameSite=Lax`
	sessionManager.Lifetime = 24 * time.Hour
	sessionManager.Cookie.Name = "app_session"
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("POST /logout", logout)
	mux.HandleFunc("POST /admin/impersonate", impersonate)
	mux.HandleFunc("POST /cart", addToCart)
	return sessionManager.LoadAndSave(mux)
}

func authenticate(r *http.Request) (int, bool) { return 1, r.PostFormValue("password") != "" }

func login(w http.ResponseWriter, r *http.Request) {
	id, ok := authenticate(r)
	if !ok {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sessionManager.Put(r.Context(), "authenticatedUserID", id) // want `the user is stored in the scs session \(key "authenticatedUserID"\) without RenewToken first`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func impersonate(w http.ResponseWriter, r *http.Request) {
	sessionManager.Put(r.Context(), "impersonator", sessionManager.GetInt(r.Context(), "authenticatedUserID")) // want `key "impersonator"`
	sessionManager.Put(r.Context(), "userID", 7)                                                               // want `key "userID"`
}

func logout(w http.ResponseWriter, r *http.Request) {
	if err := sessionManager.RenewToken(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sessionManager.Remove(r.Context(), "authenticatedUserID")
	sessionManager.Put(r.Context(), "flash", "You have been logged out.")
}

func addToCart(w http.ResponseWriter, r *http.Request) {
	sessionManager.Put(r.Context(), "cart_items", []string{r.PostFormValue("sku")})
	sessionManager.Put(r.Context(), "flash", "Added.")
}
