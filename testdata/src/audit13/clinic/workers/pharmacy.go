package workers

import (
	"context"
	"log"
	"time"

	"audit13/clinic/domain"

	"github.com/jmoiron/sqlx"
)

// TaskPayPharmacy pays the pharmacy partners' statements on the 5th.
const TaskPayPharmacy = "pharmacy.pay_statements"

// Pharmacy pays due pharmacy statements.
type Pharmacy struct {
	db    *sqlx.DB
	payer domain.PharmacyPayer
}

// NewPharmacy returns the statement payment job.
func NewPharmacy(db *sqlx.DB, payer domain.PharmacyPayer) *Pharmacy {
	return &Pharmacy{db: db, payer: payer}
}

type statementRow struct {
	ID          string `db:"id"`
	PartnerID   string `db:"partner_id"`
	Month       string `db:"month"`
	AmountCents int64  `db:"amount_cents"`
	IBAN        string `db:"iban"`
}

// PayDue pays every approved statement that has no transfer yet.
func (p *Pharmacy) PayDue() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	var rows []statementRow
	if err := p.db.SelectContext(ctx, &rows, `SELECT id, partner_id, month, amount_cents, iban
		FROM pharmacy_statements WHERE status = 'approved' AND transfer_id IS NULL`); err != nil {
		return err
	}
	for _, r := range rows {
		st := domain.Statement{ID: r.ID, PartnerID: r.PartnerID, Month: r.Month, AmountCents: r.AmountCents, IBAN: r.IBAN}
		transferID, err := p.payer.PayStatement(ctx, st)
		if err != nil {
			log.Printf("pharmacy: statement %s: %v", st.ID, err)
			continue
		}
		p.db.MustExecContext(ctx, `UPDATE pharmacy_statements SET status = 'sent', transfer_id = $2 WHERE id = $1`,
			st.ID, transferID)
	}
	return nil
}
