package checkout

import (
	"context"
	"database/sql"
	"html/template"
	"net/http"
)

// Accounts is the repository of workspaces and their plans.
type Accounts struct{ db *sql.DB }

func NewAccounts(db *sql.DB) *Accounts { return &Accounts{db: db} }

// ActivatePlan switches a workspace to a paid plan with its seat count.
func (a *Accounts) ActivatePlan(ctx context.Context, workspaceID, plan string, seats int) error {
	_, err := a.db.ExecContext(ctx,
		`UPDATE workspaces SET plan = $2, seats = $3, plan_status = 'active' WHERE id = $1`,
		workspaceID, plan, seats)
	return err
}

// StartTrial gives a workspace 14 days of the Team plan, no card needed.
func (a *Accounts) StartTrial(ctx context.Context, workspaceID string) error {
	_, err := a.db.ExecContext(ctx,
		`UPDATE workspaces SET plan = 'team', trial_ends_at = now() + interval '14 days' WHERE id = $1 AND trial_ends_at IS NULL`,
		workspaceID)
	return err
}

type Handlers struct {
	accounts *Accounts
	pages    *template.Template
	baseURL  string
}

func NewHandlers(a *Accounts, pages *template.Template, baseURL string) *Handlers {
	return &Handlers{accounts: a, pages: pages, baseURL: baseURL}
}

func (h *Handlers) render(w http.ResponseWriter, name string, data any) {
	if err := h.pages.ExecuteTemplate(w, name, data); err != nil {
		http.Error(w, "render", http.StatusInternalServerError)
	}
}
