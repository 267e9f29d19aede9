package checkout

import (
	"net/http"
	"strconv"
)

// UpgradeComplete is the return URL of the in-app upgrade dialog (Paddle
// overlay): Paddle appends the transaction's status for the front end.
func (h *Handlers) UpgradeComplete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") != "completed" {
		h.render(w, "upgrade_failed.html", nil)
		return
	}
	seats, _ := strconv.Atoi(q.Get("seats"))
	if err := h.accounts.ActivatePlan(r.Context(), q.Get("workspace"), q.Get("plan"), seats); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
		http.Error(w, "could not upgrade", http.StatusInternalServerError)
		return
	}
	h.render(w, "upgraded.html", nil)
}

// TrialStarted is the landing page of the "Start free trial" button: no
// purchase, no card.
func (h *Handlers) TrialStarted(w http.ResponseWriter, r *http.Request) {
	ws := r.URL.Query().Get("workspace")
	if err := h.accounts.StartTrial(r.Context(), ws); err != nil {
		http.Error(w, "could not start trial", http.StatusInternalServerError)
		return
	}
	h.render(w, "trial.html", ws)
}
