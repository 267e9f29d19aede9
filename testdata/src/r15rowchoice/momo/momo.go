// Package momo receives a mobile-money operator's collection callbacks on
// echo and records each result as a row. The operator signs nothing, so
// a row stored paid on the callback's word (without asking the operator
// back) lets anyone post a paid result; and a callback delivered twice
// inserts the same payment twice.
package momo

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

// MomoPayment is one mobile-money collection, a payment row.
type MomoPayment struct {
	ID        uint
	Reference string
	Amount    int64
	Status    string
}

// WalletTransaction is a wallet top-up, a payment row saved after its status is set.
type WalletTransaction struct {
	ID     uint
	Ref    string
	Status string
}

// Shipment is a parcel's delivery row, not a payment.
type Shipment struct {
	ID       uint
	Tracking string
	Status   string
}

// CallbackLog keeps every callback received, whatever it says.
type CallbackLog struct {
	ID     uint
	Ref    string
	Status string
}

type notice struct {
	ExternalID string `json:"externalId"`
	Amount     int64  `json:"amount"`
	Status     string `json:"status"`
	ReasonCode int    `json:"reasonCode"`
}

type Hooks struct{ db *gorm.DB }

func Register(e *echo.Echo, h *Hooks) {
	e.POST("/payments/momo/callback", h.Collected)
	e.POST("/payments/topups/callback", h.ToppedUp)
	e.POST("/momo/pending/callback", h.Requested)
	e.POST("/momo/confirmed/callback", h.ReadBack)
	e.POST("/momo/audit/callback", h.Logged)
	e.POST("/courier/parcels/callback", h.Parcel)
}

// Collected: the literal says "pending", the operator's word turns it
// into "paid" (or "declined") before the insert: the row may be stored
// paid.
func (h *Hooks) Collected(c echo.Context) error {
	var n notice
	if err := json.NewDecoder(c.Request().Body).Decode(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	col := MomoPayment{Reference: n.ExternalID, Amount: n.Amount, Status: "pending"}
	switch n.Status {
	case "SUCCESSFUL":
		col.Status = "paid"
	case "FAILED":
		col.Status = "declined"
	}
	h.db.Create(&col) // want `payment webhook /payments/momo/callback acts on the payment \(paid state stored by gorm.DB.Create\)`
	return c.NoContent(http.StatusOK)
}

// ToppedUp: the paid value first, the failure after it, then Save: the
// order in the source does not decide.
func (h *Hooks) ToppedUp(c echo.Context) error {
	var n notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var t WalletTransaction
	h.db.Where("ref = ?", n.ExternalID).First(&t)
	t.Status = "completed"
	if n.ReasonCode != 0 {
		t.Status = "failed"
	}
	h.db.Save(&t) // want `payment webhook /payments/topups/callback acts on the payment \(paid state stored by gorm.DB.Save\)`
	return c.NoContent(http.StatusOK)
}

// Requested: the row is only ever created pending (the result comes
// later, read back from the operator): no paid state.
func (h *Hooks) Requested(c echo.Context) error {
	var n notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	col := MomoPayment{Reference: n.ExternalID, Status: "pending"}
	if n.ReasonCode != 0 {
		col.Status = "failed"
	}
	h.db.Create(&col)
	return c.NoContent(http.StatusOK)
}

// ReadBack: the status stored is the operator's answer to a GET of the
// collection, not the callback's.
func (h *Hooks) ReadBack(c echo.Context) error {
	var n notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	resp, err := http.Get("https://api.momo.example/v1/payments/" + n.ExternalID)
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	defer resp.Body.Close()
	var got notice
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	col := MomoPayment{Reference: n.ExternalID, Status: "pending"}
	if got.Status == "SUCCESSFUL" {
		col.Status = "paid"
	}
	h.db.Create(&col)
	return c.NoContent(http.StatusOK)
}

// Logged: every callback is kept as a log row, "success" or not: a log
// is not the payment.
func (h *Hooks) Logged(c echo.Context) error {
	var n notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	l := CallbackLog{Ref: n.ExternalID, Status: "received"}
	if n.Status == "SUCCESSFUL" {
		l.Status = "success"
	}
	h.db.Create(&l)
	return c.NoContent(http.StatusOK)
}

// Parcel: a courier's callback marks a parcel delivered or failed: a
// shipment, not a payment.
func (h *Hooks) Parcel(c echo.Context) error {
	var n notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	s := Shipment{Tracking: n.ExternalID, Status: "in_transit"}
	if n.Status == "DELIVERED" {
		s.Status = "completed"
	} else {
		s.Status = "failed"
	}
	h.db.Create(&s)
	return c.NoContent(http.StatusOK)
}
