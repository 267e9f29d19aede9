package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"audit8/clinics/instalments"
)

// bnplCallback receives the provider's authorization callback: the patient
// approved the instalment plan in the provider's widget and the provider
// posts the authorization token for it.
type bnplCallback struct {
	plans *instalments.Service
	db    *sql.DB
}

type authCallback struct {
	AuthorizationToken string `json:"authorization_token"`
	SessionID          string `json:"session_id"`
}

func (cb *bnplCallback) authorized(w http.ResponseWriter, r *http.Request) {
	var in authCallback
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var p instalments.Plan
	err := cb.db.QueryRowContext(r.Context(),
		`SELECT id, patient_id, total, currency FROM treatment_plans WHERE bnpl_session_id = $1`, in.SessionID).
		Scan(&p.ID, &p.PatientID, &p.Total, &p.Currency)
	if err != nil {
		http.Error(w, "unknown session", http.StatusNotFound)
		return
	}
	p.AuthToken = in.AuthorizationToken
	if _, err := cb.plans.StartPlan(r.Context(), p); err != nil { // want "\\[webhookack\\] webhook handler calls instalments.Service.StartPlan, which calls bnpl.Client.CreateOrder, which retries through bnpl.withRetry" "\\[webhookdedupe\\] webhook handler sends a payment write \\(instalments.Service.StartPlan: bnpl.Client.CreateOrder"
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
