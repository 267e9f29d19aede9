package l14posted

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/jmoiron/sqlx"
)

// Payment: GORM writes Status to the status column.
type Payment struct {
	ID     string
	Status string
}

// Delivery is no payment.
type Delivery struct {
	ID     string
	Status string
}

// Ticket has two status columns: which one a write means is not known.
type Ticket struct {
	ID            string
	Status        string
	PaymentStatus string
}

// Booking binds :pay_state through its db tag.
type Booking struct {
	ID       string `db:"id"`
	PayState string `db:"pay_state"`
}

// SavePayment writes every set field of the row.
func (r *Repo) SavePayment(p *Payment) error { return r.db.Model(p).Updates(p).Error }

// SaveDelivery writes a delivery's row.
func (r *Repo) SaveDelivery(d *Delivery) error { return r.db.Save(d).Error }

// SaveTicket writes a ticket's row.
func (r *Repo) SaveTicket(t *Ticket) error { return r.db.Save(t).Error }

type SQLStore struct{ db *sqlx.DB }

// SetBooking binds the row's fields by name.
func (s *SQLStore) SetBooking(ctx context.Context, bk Booking) error {
	_, err := s.db.NamedExecContext(ctx, "UPDATE bookings SET payment_status = :pay_state, updated_at = now() WHERE id = :id", bk)
	return err
}

type chargeEvent struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// ChargeHook stores the posted status on the payment, the delivery, the
// ticket and the booking; the first and the last are payment writes.
func ChargeHook(repo *Repo, s *SQLStore, w http.ResponseWriter, r *http.Request) { // want `wrapper ChargeHook statewrite the posted status stored as payment.status by l14posted.Repo.SavePayment$`
	var ev chargeEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	_ = repo.SavePayment(&Payment{ID: ev.ID, Status: ev.Status}) // want `op statewrite the posted status stored as payment.status by l14posted.Repo.SavePayment$`
	_ = repo.SaveDelivery(&Delivery{ID: ev.ID, Status: ev.Status})
	_ = repo.SaveTicket(&Ticket{ID: ev.ID, PaymentStatus: ev.Status})
	bk := Booking{ID: ev.ID}
	bk.PayState = ev.Status
	_ = s.SetBooking(r.Context(), bk) // want `op statewrite the posted status stored as booking.payment_status by l14posted.SQLStore.SetBooking$`
	if ev.Status == "succeeded" {
		w.WriteHeader(http.StatusOK)
	}
}
