// Package statepolarity: a stored state tested before crediting a
// customer. The first delivery leaves the order paid; a redelivery takes
// the branch of the paid state. An effect on that branch runs again on
// every redelivery; one on the other branch (or after a return on it)
// runs once.
package statepolarity

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82/webhook"
)

type order struct {
	ID       string
	Customer string
	Status   string
	Paid     bool
}

type shop struct {
	db     *sql.DB
	secret string
}

func (s *shop) register(r *gin.Engine) {
	r.POST("/stripe/hooks/a", s.onPaidCredit)
	r.POST("/stripe/hooks/b", s.onNotPendingCredit)
	r.POST("/stripe/hooks/c", s.onFlagCredit)
	r.POST("/stripe/hooks/d", s.onPaidReturn)
	r.POST("/stripe/hooks/e", s.onPendingCredit)
	r.POST("/stripe/hooks/f", s.onNotPaidCredit)
	r.POST("/stripe/hooks/g", s.onCreditMinorUnits)
	r.POST("/stripe/hooks/h", s.onFeeMinor)
}

func (s *shop) event(c *gin.Context) (string, bool) {
	payload, err := c.GetRawData()
	if err != nil {
		return "", false
	}
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), s.secret)
	if err != nil {
		return "", false
	}
	return evt.ID, true
}

func (s *shop) load(ctx context.Context, id string) (*order, error) {
	o := &order{}
	err := s.db.QueryRowContext(ctx, `SELECT id, customer, status, paid FROM orders WHERE id = $1`, id).
		Scan(&o.ID, &o.Customer, &o.Status, &o.Paid)
	return o, err
}

func (s *shop) credit(ctx context.Context, customer string, cents int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE customers SET balance = balance + $1 WHERE id = $2`, cents, customer)
	return err
}

// --- flagged: the paid state leads to the credit ---

func (s *shop) onPaidCredit(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	o, err := s.load(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if o.Status == "paid" {
		_ = s.credit(c.Request.Context(), o.Customer, 500) // want "webhook handler credits the balance"
	}
	c.Status(http.StatusOK)
}

func (s *shop) onNotPendingCredit(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	o, err := s.load(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if o.Status != "pending" {
		_ = s.credit(c.Request.Context(), o.Customer, 500) // want "webhook handler credits the balance"
	}
	c.Status(http.StatusOK)
}

func (s *shop) onFlagCredit(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	o, err := s.load(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if o.Paid {
		_ = s.credit(c.Request.Context(), o.Customer, 500) // want "webhook handler credits the balance"
	}
	c.Status(http.StatusOK)
}

// --- silent: the paid state leads away ---

func (s *shop) onPaidReturn(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	o, err := s.load(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if o.Status == "paid" {
		c.Status(http.StatusOK)
		return
	}
	_ = s.credit(c.Request.Context(), o.Customer, 500)
	c.Status(http.StatusOK)
}

func (s *shop) onPendingCredit(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	o, err := s.load(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if o.Status == "pending" {
		_ = s.credit(c.Request.Context(), o.Customer, 500)
	}
	c.Status(http.StatusOK)
}

func (s *shop) onNotPaidCredit(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	o, err := s.load(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if !o.Paid {
		_ = s.credit(c.Request.Context(), o.Customer, 500)
	}
	c.Status(http.StatusOK)
}

// --- amounts kept in minor units ---

func (s *shop) onCreditMinorUnits(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_, _ = s.db.ExecContext(c.Request.Context(), `UPDATE members SET credits_minor_units = credits_minor_units + $1 WHERE id = $2`, 500, id) // want "webhook handler credits the balance"
	c.Status(http.StatusOK)
}

// A fee counted in minor units is not a balance: silent.
func (s *shop) onFeeMinor(c *gin.Context) {
	id, ok := s.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_, _ = s.db.ExecContext(c.Request.Context(), `UPDATE merchants SET fee_minor = fee_minor + $1 WHERE id = $2`, 30, id)
	c.Status(http.StatusOK)
}
