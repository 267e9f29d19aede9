package flows

import (
	"context"
	"net/http"
)

// Enroller enrols a student once their course is paid.
type Enroller interface {
	EnrolPaid(ctx context.Context, enrolmentID, transferID string) error
}

// FinishedPage serves the page the bank sends the payer back to: it
// executes the flow and enrols the student whatever the transfer's status.
func FinishedPage(c *Client, enrol Enroller) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		flowID := r.URL.Query().Get("flow")
		t, err := c.Execute(r.Context(), flowID)
		if err != nil {
			http.Error(w, "bank error", http.StatusBadGateway)
			return
		}
		if err := enrol.EnrolPaid(r.Context(), r.URL.Query().Get("enrolment"), t.ID); err != nil {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/courses", http.StatusSeeOther)
	}
}

// CheckedPage is the same page testing the executed transfer's status.
func CheckedPage(c *Client, enrol Enroller) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		flowID := r.URL.Query().Get("flow")
		t, err := c.Execute(r.Context(), flowID)
		if err != nil {
			http.Error(w, "bank error", http.StatusBadGateway)
			return
		}
		if t.Status != "paid" {
			http.Redirect(w, r, "/courses/pending", http.StatusSeeOther)
			return
		}
		if err := enrol.EnrolPaid(r.Context(), r.URL.Query().Get("enrolment"), t.ID); err != nil {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/courses", http.StatusSeeOther)
	}
}
