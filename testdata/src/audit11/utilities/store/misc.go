package store

import "context"

// SetActive marks a UPI autopay mandate active.
func (p *Postgres) SetActive(ctx context.Context, mandateID string) error {
	_, err := p.pool.Exec(ctx, `UPDATE upi_mandates SET status = 'active', activated_at = now() WHERE id = $1`, mandateID)
	return err
}

// RefundSettled records the aggregator's final refund status of a top-up.
func (p *Postgres) RefundSettled(ctx context.Context, topupID, status string) error {
	_, err := p.pool.Exec(ctx, `UPDATE topups SET refund_status = $2 WHERE id = $1`, topupID, status)
	return err
}

// Phones lists the mobile numbers of the accounts supplied in an area.
func (p *Postgres) Phones(ctx context.Context, area string) ([]string, error) {
	var phones []string
	err := p.pool.QueryRow(ctx, `SELECT coalesce(array_agg(DISTINCT a.phone), '{}') FROM accounts a
		JOIN premises pr ON pr.account_id = a.id WHERE pr.supply_area = $1 AND a.phone <> ''`, area).Scan(&phones)
	return phones, err
}
