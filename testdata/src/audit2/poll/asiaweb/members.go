// Package asiaweb is a video site's membership checkout: iris for the
// members site (Alipay page pay), beego for the shop (Midtrans Snap).
package asiaweb

import (
	"database/sql"
	"time"
)

// Members stores VIP memberships.
type Members struct {
	db *sql.DB
}

// NewMembers wraps the DB.
func NewMembers(db *sql.DB) *Members { return &Members{db: db} }

// ActivateVIP grants VIP for a month.
func (m *Members) ActivateVIP(userID string) error {
	_, err := m.db.Exec(`UPDATE members SET vip = true, vip_until = $1 WHERE user_id = $2`, time.Now().AddDate(0, 1, 0), userID)
	return err
}

// MarkOrderPaid flags a shop order as paid.
func (m *Members) MarkOrderPaid(orderID string) error {
	_, err := m.db.Exec(`UPDATE shop_orders SET status = 'paid' WHERE id = $1`, orderID)
	return err
}
