// Package books keeps the gateway's rows: payment orders, merchant
// wallets, the raw callbacks received and the merchants' profiles.
package books

import "database/sql"

// Store runs the statements.
type Store struct{ db *sql.DB }

// New returns a Store.
func New(db *sql.DB) *Store { return &Store{db: db} }

// SetOrderStatus stores the status the aggregator posted.
func (s *Store) SetOrderStatus(ref, status string) error {
	q := `UPDATE payment_orders SET status = ?, updated_at = NOW() WHERE ref = ?`
	_, err := s.db.Exec(q, status, ref)
	return err
}

// SetBalance overwrites a merchant's wallet balance.
func (s *Store) SetBalance(owner string, balance int64) error {
	_, err := s.db.Exec(`UPDATE merchant_wallets SET balance = ? WHERE owner = ?`, balance, owner)
	return err
}

// Notify is where the merchant of ref wants to hear about it.
func (s *Store) Notify(ref string) (string, error) {
	var url string
	err := s.db.QueryRow(`SELECT notify_url FROM payment_orders WHERE ref = ?`, ref).Scan(&url)
	return url, err
}

// SaveRaw keeps a received callback as it came.
func (s *Store) SaveRaw(source string, raw []byte) error {
	_, err := s.db.Exec(`INSERT INTO callback_logs (source, raw) VALUES (?, ?)`, source, raw)
	return err
}

// SetNickname renames a merchant.
func (s *Store) SetNickname(owner, nick string) error {
	_, err := s.db.Exec(`UPDATE merchant_profiles SET nickname = ? WHERE owner = ?`, nick, owner)
	return err
}
