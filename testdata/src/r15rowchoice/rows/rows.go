// Package rows gives a row several status constants before one GORM
// write: the write is judged by every value the row may hold.
package rows

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

type Invoice struct {
	ID     uint
	Amount int64
	State  string
}

type Parcel struct {
	ID     uint
	Status string
}

type Store struct{ db *gorm.DB }

// settle: pending in the literal, settled on one branch: may store paid.
func (s *Store) settle(ok bool, amount int64) { // want `wrapper Store.settle statewrite`
	r := Invoice{Amount: amount, State: "pending"}
	if ok {
		r.State = "settled"
	} else {
		r.State = "rejected"
	}
	s.db.Create(&r) // want `op statewrite paid state stored by gorm.DB.Create$`
}

// settleFirst: the paid value before the failure, in source order.
func (s *Store) settleFirst(r *Invoice, code int) { // want `wrapper Store.settleFirst statewrite`
	r.State = "approved"
	if code != 0 {
		r.State = "rejected"
	}
	s.db.Save(r) // want `op statewrite paid state stored by gorm.DB.Save$`
}

// queued: only ever pending or rejected: no paid state.
func (s *Store) queued(ok bool) {
	r := Invoice{State: "pending"}
	if !ok {
		r.State = "rejected"
	}
	s.db.Create(&r)
}

// later: the paid value is set after the write: the write stored pending.
func (s *Store) later(amount int64) {
	r := Invoice{Amount: amount, State: "pending"}
	s.db.Create(&r)
	r.State = "settled"
	_ = r
}

// parcel: a parcel completed is a delivery, not a payment.
func (s *Store) parcel(ok bool) {
	p := Parcel{Status: "in_transit"}
	if ok {
		p.Status = "completed"
	}
	s.db.Create(&p)
}

// readBack: settled only when the status read back from the provider
// says so: the write's guard is the provider's answer, not a paid value
// the model may judge on its own.
func (s *Store) readBack(ref string) { // want `wrapper Store.readBack read GET /v1/payments/\{\} idparam=0$`
	resp, err := http.Get("https://api.remit.example/v1/payments/" + ref) // want `op read GET /v1/payments/\{\} id=ref$`
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var got struct{ Status string }
	if json.NewDecoder(resp.Body).Decode(&got) != nil {
		return
	}
	r := Invoice{State: "pending"}
	if got.Status == "SETTLED" {
		r.State = "settled"
	}
	s.db.Create(&r)
}
