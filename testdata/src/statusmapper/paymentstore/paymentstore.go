// Package paymentstore keeps the merchant's payments in MySQL.
package paymentstore

import "database/sql"

// Payments is the merchant_payments table.
type Payments struct{ db *sql.DB }

// New returns the store.
func New(db *sql.DB) *Payments { return &Payments{db: db} }

// SetStatus stores status as the payment's status (the query held in a
// local first).
func (p *Payments) SetStatus(gatewayRef, status string) error {
	query := `UPDATE merchant_payments SET status = ?, updated_at = NOW() WHERE gateway_reference = ?`
	_, err := p.db.Exec(query, status, gatewayRef)
	return err
}

// LogDelivery keeps a delivery's raw body (not the payment's state).
func (p *Payments) LogDelivery(gatewayRef, body string) error {
	_, err := p.db.Exec(`INSERT INTO callback_logs (gateway_reference, body) VALUES (?, ?)`, gatewayRef, body)
	return err
}
