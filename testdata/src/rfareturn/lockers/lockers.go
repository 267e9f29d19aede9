// Package lockers rents smart lockers by the hour; the buyer pays on
// the provider's hosted page and comes back to a chi route.
package lockers

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"
)

type Rental struct {
	ID            string
	Status        string
	PaymentStatus string
	AmountCents   int64
}

type Pages struct{ db *gorm.DB }

func (p *Pages) Mount(r chi.Router) {
	r.Get("/lockers/rentals/{rentalID}/return", p.rentalReturn)
	r.Get("/lockers/rentals/{rentalID}/verified/return", p.verifiedReturn)
	r.Get("/lockers/rentals/{rentalID}/pending/return", p.pendingReturn)
	r.Post("/lockers/rentals/{rentalID}/desk/return", p.deskReturn)
}

// rentalReturn marks the rental paid because the buyer came back: the
// only test is the stored "awaiting" state, not a paid one.
func (p *Pages) rentalReturn(w http.ResponseWriter, r *http.Request) {
	var rt Rental
	if err := p.db.WithContext(r.Context()).First(&rt, "id = ?", chi.URLParam(r, "rentalID")).Error; err != nil {
		http.NotFound(w, r)
		return
	}
	if rt.Status == "awaiting_payment" {
		p.db.WithContext(r.Context()).Model(&Rental{ID: rt.ID}).Update("payment_status", "paid") // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
	}
	w.Write([]byte("your locker is open"))
}

// verifiedReturn opens the locker only once the webhook stored the paid
// state: it writes nothing paid itself.
func (p *Pages) verifiedReturn(w http.ResponseWriter, r *http.Request) {
	var rt Rental
	if err := p.db.WithContext(r.Context()).First(&rt, "id = ?", chi.URLParam(r, "rentalID")).Error; err != nil {
		http.NotFound(w, r)
		return
	}
	if rt.PaymentStatus != "paid" {
		w.Write([]byte("we are confirming your payment"))
		return
	}
	w.Write([]byte("your locker is open"))
}

// pendingReturn only records that the buyer is back, waiting for the
// webhook: a pending state is no paid one.
func (p *Pages) pendingReturn(w http.ResponseWriter, r *http.Request) {
	p.db.WithContext(r.Context()).Model(&Rental{ID: chi.URLParam(r, "rentalID")}).Update("payment_status", "processing")
	w.Write([]byte("processing"))
}

// deskReturn is the staff desk's form handing a locker back after cash:
// a POST, not the buyer's browser coming back.
func (p *Pages) deskReturn(w http.ResponseWriter, r *http.Request) {
	p.db.WithContext(r.Context()).Model(&Rental{ID: chi.URLParam(r, "rentalID")}).Update("payment_status", "paid")
	w.WriteHeader(http.StatusNoContent)
}
