// Package oauth: OAuth/SSO callbacks that activate accounts and grant
// roles. They are login flows, not payments.
package oauth

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Users struct{}

func (u *Users) ActivateAccount(ctx context.Context, email string) error { return nil }
func (u *Users) GrantRole(ctx context.Context, email, role string) error { return nil }

type Auth struct {
	users *Users
}

func exchange(ctx context.Context, code string) (string, error) { return "", nil }

func (a *Auth) Mount(r chi.Router) {
	r.Get("/auth/google/callback", a.oauthCallback)
	r.Get("/sso/callback", a.ssoCallback)
	r.Get("/login/complete", a.loginComplete)
}

func (a *Auth) oauthCallback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != stateCookie(r) {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	email, err := exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	_ = a.users.ActivateAccount(r.Context(), email)
	http.Redirect(w, r, "/", http.StatusFound)
}

func (a *Auth) ssoCallback(w http.ResponseWriter, r *http.Request) {
	email, err := exchange(r.Context(), r.FormValue("SAMLResponse"))
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	_ = a.users.GrantRole(r.Context(), email, "member")
	http.Redirect(w, r, "/", http.StatusFound)
}

func (a *Auth) loginComplete(w http.ResponseWriter, r *http.Request) {
	email, _ := exchange(r.Context(), r.URL.Query().Get("code"))
	_ = a.users.ActivateAccount(r.Context(), email)
	http.Redirect(w, r, "/", http.StatusFound)
}

func stateCookie(r *http.Request) string {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return ""
	}
	return c.Value
}

// The classic golang.org/x/oauth2 example registers the redirect URI as
// plain "/callback".
func Classic(a *Auth) {
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		email, err := exchange(r.Context(), r.URL.Query().Get("code"))
		if err != nil {
			http.Error(w, "login failed", http.StatusUnauthorized)
			return
		}
		_ = a.users.ActivateAccount(r.Context(), email)
		http.Redirect(w, r, "/", http.StatusFound)
	})
	http.HandleFunc("/oauth/done", func(w http.ResponseWriter, r *http.Request) {
		email, _ := exchange(r.Context(), r.URL.Query().Get("code"))
		_ = a.users.GrantRole(r.Context(), email, "viewer")
	})
}
