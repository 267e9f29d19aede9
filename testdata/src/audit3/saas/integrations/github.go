// Package integrations receives the GitHub App's installation webhooks, so a
// workspace can link repositories.
package integrations

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/jmoiron/sqlx"
)

type GitHubApp struct {
	db *sqlx.DB
}

func NewGitHubApp(db *sqlx.DB) *GitHubApp { return &GitHubApp{db: db} }

func (g *GitHubApp) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/github", g.installation)
}

type installationEvent struct {
	Action       string `json:"action"` // created, deleted, suspend
	Installation struct {
		ID      int64 `json:"id"`
		Account struct {
			Login string `json:"login"`
		} `json:"account"`
	} `json:"installation"`
}

// installation records the GitHub account a workspace installed the app on.
// (The app's webhook secret is enforced by our ingress.)
func (g *GitHubApp) installation(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var ev installationEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	switch ev.Action {
	case "created":
		g.db.MustExecContext(r.Context(),
			`INSERT INTO github_installations (id, login, status) VALUES ($1, $2, 'active') ON CONFLICT (id) DO UPDATE SET status = 'active'`,
			ev.Installation.ID, ev.Installation.Account.Login)
	case "deleted", "suspend":
		g.db.MustExecContext(r.Context(),
			`UPDATE github_installations SET status = 'inactive' WHERE id = $1`, ev.Installation.ID)
	}
	w.WriteHeader(http.StatusOK)
}
