// Package store persists the club's data: shop orders in bun, members and
// gifts in gorm, invoices, fees and the ledger over database/sql.
package store

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"audit23/wineclub/domain"
)

// orderRow maps the shop_orders table.
type orderRow struct {
	ID              string `bun:",pk"`
	MemberID        string
	Email           string
	TotalCents      int64
	Currency        string
	Status          string
	CheckoutSession string
	PayLaterOrderID string
	ShippedAt       *time.Time
}

// Orders is the shop order store.
type Orders struct {
	db *bun.DB
}

func NewOrders(db *bun.DB) *Orders { return &Orders{db: db} }

func (s *Orders) Get(ctx context.Context, id string) (*domain.ShopOrder, error) {
	var row orderRow
	if err := s.db.NewSelect().Model(&row).Where("id = ?", id).Limit(1).Scan(ctx); err != nil {
		return nil, err
	}
	return row.toDomain(), nil
}

func (s *Orders) ByCheckoutSession(ctx context.Context, sessionID string) (*domain.ShopOrder, error) {
	var row orderRow
	if err := s.db.NewSelect().Model(&row).Where("checkout_session = ?", sessionID).Limit(1).Scan(ctx); err != nil {
		return nil, err
	}
	return row.toDomain(), nil
}

func (s *Orders) AttachSession(ctx context.Context, id, sessionID string) error {
	_, err := s.db.NewUpdate().Table("shop_orders").Set("checkout_session = ?", sessionID).Where("id = ?", id).Exec(ctx)
	return err
}

func (s *Orders) AttachPayLater(ctx context.Context, id, orderID string) error {
	_, err := s.db.NewUpdate().Table("shop_orders").Set("pay_later_order_id = ?", orderID).Where("id = ?", id).Exec(ctx)
	return err
}

// SetStatus moves an order to a new status.
func (s *Orders) SetStatus(ctx context.Context, id string, st domain.OrderStatus) error {
	_, err := s.db.NewUpdate().Table("shop_orders").Set("status = ?", string(st)).Where("id = ?", id).Exec(ctx)
	return err
}

// MarkPaidIfOpen moves an open order to paid and reports whether this
// call did it.
func (s *Orders) MarkPaidIfOpen(ctx context.Context, id string) (bool, error) {
	res, err := s.db.NewUpdate().Table("shop_orders").
		Set("status = ?", string(domain.OrderPaid)).
		Where("id = ? AND status = ?", id, string(domain.OrderOpen)).
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

func (r orderRow) toDomain() *domain.ShopOrder {
	return &domain.ShopOrder{
		ID:              r.ID,
		MemberID:        r.MemberID,
		Email:           r.Email,
		Total:           domain.Money{Cents: r.TotalCents, Currency: r.Currency},
		Status:          domain.OrderStatus(r.Status),
		CheckoutSession: r.CheckoutSession,
		PayLaterOrderID: r.PayLaterOrderID,
		ShippedAt:       r.ShippedAt,
	}
}

// shipmentRow maps the shipments table.
type shipmentRow struct {
	ID      int64 `bun:",pk,autoincrement"`
	OrderID string
	State   string
}

// Ship puts the order on the warehouse pick list and marks it shipped.
func (s *Orders) Ship(ctx context.Context, id string) error {
	if _, err := s.db.NewInsert().Model(&shipmentRow{OrderID: id, State: "to_pick"}).Exec(ctx); err != nil {
		return err
	}
	return s.SetStatus(ctx, id, domain.OrderShipped)
}
