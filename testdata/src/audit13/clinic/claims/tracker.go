package claims

import (
	"context"
	"database/sql"
	"log"
	"time"
)

// Tracker follows submitted claims until the payer has decided them.
type Tracker struct {
	api *Client
	db  *sql.DB
}

// NewTracker returns a tracker.
func NewTracker(api *Client, db *sql.DB) *Tracker { return &Tracker{api: api, db: db} }

// AwaitAdjudication blocks until the payer paid or denied the claim and
// records the outcome on the visit.
func (t *Tracker) AwaitAdjudication(ctx context.Context, claimID string) (*Status, error) {
	for { // want "\\[pollbound\\] loop polling payment claimID has no bound: no ctx.Done\\(\\), deadline, attempt cap or timeout, and read errors are swallowed \\(line 24\\)"
		st, err := t.api.Get(ctx, claimID)
		if err != nil {
			log.Printf("claims: status %s: %v", claimID, err)
			time.Sleep(30 * time.Second)
			continue
		}
		switch st.Status {
		case "paid", "partially_paid", "denied", "rejected":
			_, err := t.db.ExecContext(ctx, `UPDATE insurance_claims SET status = $2, paid_cents = $3, decided_at = now()
				WHERE clearinghouse_id = $1`, claimID, st.Status, st.PaidCents)
			return st, err
		}
		time.Sleep(30 * time.Second)
	}
}

// SubmitVisit builds and submits the claim of one visit.
func (t *Tracker) SubmitVisit(ctx context.Context, cl Claim) error {
	st, err := t.api.Submit(ctx, cl)
	if err != nil {
		return err
	}
	_, err = t.db.ExecContext(ctx, `INSERT INTO insurance_claims (visit_id, control_number, clearinghouse_id, status)
		VALUES ($1, $2, $3, $4) ON CONFLICT (control_number) DO NOTHING`, cl.VisitID, cl.ControlNumber, st.ID, st.Status)
	return err
}
