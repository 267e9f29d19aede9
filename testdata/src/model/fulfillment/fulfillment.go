// Package fulfillment exercises fulfilment and paid-state writes.
package fulfillment

import (
	"context"
	"database/sql"
)

type Order struct{ ID string }

type Store struct{ db *sql.DB }

type Card struct{}

func (Card) CreditCardNumber() string { return "" }

type Customer struct{}

func (Customer) CreditLimit() int64 { return 0 }
func (Customer) Credit() int64      { return 0 }
func (Customer) IsShipped() bool    { return false }

func fulfillOrder(o Order) error               { return nil }
func ShipOrder(ctx context.Context, id string) {}
func GrantAccess(user string)                  {}
func creditWallet(user string, cents int64)    {}
func provisionSeats(n int)                     {}
func deliverGoods(o Order)                     {}
func activateSubscription(id string)           {}
func MarkOrderPaid(id string)                  {}
func setPaid(o *Order)                         {}
func MarkPaymentSucceeded(id string)           {}
func SetHandshakeConfirmed()                   {}
func setCompleted(b bool)                      {}

// Look-alikes: not fulfilment.
func Shipping(o Order) string         { return "" }
func canShip(o Order) bool            { return true }
func deliverWebhook(payload []byte)   {}
func creditCardFee(amount int64) int  { return 0 }
func shipmentStatus(id string) string { return "" }

type Mailer struct{}
type Message struct{}

func (Mailer) Deliver(m Message) error { return nil }
func Ship(e *Envelope)                 {}

type Envelope struct{}

type Orders struct{}

func (Orders) Fulfil(id string) {}

//paylint:fulfillment
func unlock(o Order) {} // want `wrapper unlock fulfillment fulfillment.unlock$`

func (s *Store) markPaidSQL(ctx context.Context, id string) error { // want `wrapper Store.markPaidSQL statewrite paid state stored by sql.DB.ExecContext$`
	_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

func (s *Store) markPaidParam(id string) error { // want `wrapper Store.markPaidParam statewrite`
	_, err := s.db.Exec(`update payments set status = ?, updated_at = now() where id = ?`, "succeeded", id) // want `op statewrite paid state stored by sql.DB.Exec$`
	return err
}

func (s *Store) notPaid(id string) error {
	_, err := s.db.Exec("UPDATE orders SET status = 'pending' WHERE id = $1", id)
	s.db.Exec("SELECT status FROM orders WHERE id = $1", id)
	return err
}

type gormDB struct{}

func (g *gormDB) Model(v any) *gormDB                 { return g }
func (g *gormDB) Update(column string, v any) *gormDB { return g }

func gorm(g *gormDB, o *Order) { // want `wrapper gorm statewrite`
	g.Model(o).Update("status", "paid") // want `op statewrite paid state stored by fulfillment.gormDB.Update$`
	g.Model(o).Update("note", "paid")
}

func handle(ctx context.Context, o Order, c Customer, card Card) { // want `wrapper handle fulfillment\|statewrite fulfillment.fulfillOrder$`
	fulfillOrder(o)           // want `op fulfillment fulfillment.fulfillOrder$`
	ShipOrder(ctx, o.ID)      // want `op fulfillment fulfillment.ShipOrder$`
	GrantAccess("u")          // want `op fulfillment fulfillment.GrantAccess$`
	creditWallet("u", 100)    // want `op fulfillment fulfillment.creditWallet$`
	provisionSeats(3)         // want `op fulfillment fulfillment.provisionSeats$`
	deliverGoods(o)           // want `op fulfillment fulfillment.deliverGoods$`
	activateSubscription("s") // want `op fulfillment fulfillment.activateSubscription$`
	MarkOrderPaid(o.ID)       // want `op fulfillment\|statewrite fulfillment.MarkOrderPaid$`
	setPaid(&o)               // want `op fulfillment\|statewrite fulfillment.setPaid$`
	unlock(o)                 // want `op fulfillment fulfillment.unlock via=unlock$`

	Shipping(o)
	canShip(o)
	deliverWebhook(nil)
	creditCardFee(1)
	shipmentStatus("x")
	card.CreditCardNumber()
	c.CreditLimit()
	c.Credit()
	c.IsShipped()
	MarkPaymentSucceeded(o.ID) // want `op fulfillment\|statewrite fulfillment.MarkPaymentSucceeded$`
	SetHandshakeConfirmed()
	setCompleted(true)
	Mailer{}.Deliver(Message{})
	Ship(&Envelope{})
	Orders{}.Fulfil(o.ID) // want `op fulfillment fulfillment.Orders.Fulfil$`
}
