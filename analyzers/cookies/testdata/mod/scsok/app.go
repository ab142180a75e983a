// Package scsok configures scs fully and renews the token at login,
// directly and through a helper.
package scsok

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type App struct {
	Sessions *scs.SessionManager
}

func New(secure bool) *App {
	sm := scs.New()
	sm.Cookie.Name = "__Host-session"
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteStrictMode
	return &App{Sessions: sm}
}

func (a *App) Login(w http.ResponseWriter, r *http.Request) {
	if err := a.Sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	a.Sessions.Put(r.Context(), "userID", 1)
}

func (a *App) startSession(r *http.Request, userID int) error {
	if err := a.Sessions.RenewToken(r.Context()); err != nil {
		return err
	}
	return nil
}

func (a *App) SignIn(w http.ResponseWriter, r *http.Request) {
	if err := a.startSession(r, 1); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	a.Sessions.Put(r.Context(), "authenticatedUserID", 1)
	a.Sessions.Put(r.Context(), "return_to", r.URL.Query().Get("next"))
}

func (a *App) Profile(w http.ResponseWriter, r *http.Request) {
	a.Sessions.Put(r.Context(), "flash", "Profile saved")
	a.Sessions.Put(r.Context(), "theme", r.PostFormValue("theme"))
}
