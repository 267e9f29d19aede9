// Package emailconfirm: e-mail confirmation and password-reset flows that
// activate users. No payment is involved.
package emailconfirm

import (
	"context"
	"html/template"
	"net/http"
)

type UserStore struct{}

func (UserStore) ActivateUser(ctx context.Context, token string) (string, error) { return "", nil }
func (UserStore) GrantTrialAccess(ctx context.Context, userID string) error      { return nil }
func (UserStore) ResetPassword(ctx context.Context, token, pw string) error      { return nil }

var users UserStore
var page = template.Must(template.New("p").Parse(`{{.}}`))

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /confirm", confirmEmail)
	mux.HandleFunc("GET /complete-signup", completeSignup)
	mux.HandleFunc("GET /signup/complete", completeSignup)
	mux.HandleFunc("GET /email/verify/success", verifySuccess)
	mux.HandleFunc("GET /password-reset/success", resetSuccess)
	mux.HandleFunc("POST /password-reset", doReset)
	mux.HandleFunc("GET /account/activated", accountActivated)
}

func confirmEmail(w http.ResponseWriter, r *http.Request) {
	uid, err := users.ActivateUser(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		http.Error(w, "link expired", http.StatusGone)
		return
	}
	_ = users.GrantTrialAccess(r.Context(), uid)
	http.Redirect(w, r, "/welcome", http.StatusSeeOther)
}

func completeSignup(w http.ResponseWriter, r *http.Request) {
	if _, err := users.ActivateUser(r.Context(), r.URL.Query().Get("token")); err != nil {
		http.Error(w, "link expired", http.StatusGone)
		return
	}
	_ = page.Execute(w, "welcome")
}

// verifySuccess is where the e-mail link lands; the token in the link is
// the proof.
func verifySuccess(w http.ResponseWriter, r *http.Request) {
	uid, err := users.ActivateUser(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		http.Error(w, "link expired", http.StatusGone)
		return
	}
	_ = users.GrantTrialAccess(r.Context(), uid)
	_ = page.Execute(w, "verified")
}

func resetSuccess(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, "your password was changed")
}

func doReset(w http.ResponseWriter, r *http.Request) {
	if err := users.ResetPassword(r.Context(), r.FormValue("token"), r.FormValue("password")); err != nil {
		http.Error(w, "link expired", http.StatusGone)
		return
	}
	http.Redirect(w, r, "/password-reset/success", http.StatusSeeOther)
}

func accountActivated(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, "activated")
}
