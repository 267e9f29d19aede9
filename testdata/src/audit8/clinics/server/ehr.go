package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

// encounter is the EHR's "encounter.closed" notification: a visit's notes
// were signed. Clinical data, no money.
type encounter struct {
	EventID     string `json:"event_id"`
	EncounterID string `json:"encounter_id"`
	PatientID   string `json:"patient_id"`
	Status      string `json:"status"`
}

// ehrEncounter is called by the EHR inside the clinic network (mTLS at the
// ingress), to close the visit in the billing system.
func ehrEncounter(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var e encounter
		if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		if e.Status == "closed" {
			_, err := db.ExecContext(r.Context(),
				`UPDATE visits SET status = 'completed', encounter_id = $1 WHERE patient_id = $2 AND status = 'in_progress'`,
				e.EncounterID, e.PatientID)
			if err != nil {
				http.Error(w, "error", http.StatusInternalServerError)
				return
			}
		}
		w.WriteHeader(http.StatusOK)
	}
}
