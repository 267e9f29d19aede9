// Package guards6: duplicate guards behind the merchant's own helpers. A
// helper whose bool answer is the rows affected by an insert keyed by the
// event (ON CONFLICT DO NOTHING), or a Redis SETNX, guards what its
// caller does when it answers true; a helper whose answer says nothing
// about a repeat (an UPDATE of an amount, a constant) does not.
package guards6

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82/webhook"
)

type billing struct {
	db     *sql.DB
	rdb    *redis.Client
	secret string
}

func (b *billing) register(r *gin.Engine) {
	r.POST("/stripe/events", b.onEvent)
	r.POST("/stripe/events/v2", b.onEventRedis)
	r.POST("/stripe/events/v3", b.onEventAmount)
	r.POST("/stripe/events/v4", b.onEventNoAnswer)
	r.POST("/stripe/events/v5", b.onEventAlwaysTrue)
	r.POST("/stripe/events/v6", b.onEventErr)
}

// fresh inserts the delivery into the inbox; a repeat inserts nothing.
func (b *billing) fresh(ctx context.Context, source, id string) (bool, error) {
	res, err := b.db.ExecContext(ctx, `INSERT INTO inbox (source, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, source, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	return n > 0, nil
}

// topUp credits a customer's prepaid balance.
func (b *billing) topUp(ctx context.Context, customer string, cents int64) error {
	_, err := b.db.ExecContext(ctx, `UPDATE customers SET balance = balance + $1 WHERE id = $2`, cents, customer)
	return err
}

// verified reads and verifies the Stripe event of a request.
func (b *billing) verified(c *gin.Context) (id, customer string, ok bool) {
	payload, err := c.GetRawData()
	if err != nil {
		return "", "", false
	}
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), b.secret)
	if err != nil {
		return "", "", false
	}
	return evt.ID, evt.Account, true
}

func (b *billing) onEvent(c *gin.Context) {
	payload, _ := c.GetRawData()
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), b.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	isNew, err := b.fresh(c.Request.Context(), "stripe", evt.ID)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if !isNew {
		c.Status(http.StatusOK)
		return
	}
	b.topUp(c.Request.Context(), evt.Account, 500)
	c.Status(http.StatusOK)
}

// firstSighting: SETNX on the event id, a package function.
func firstSighting(ctx context.Context, rdb *redis.Client, id string) bool {
	ok, err := rdb.SetNX(ctx, "stripe:"+id, 1, 72*time.Hour).Result()
	return err == nil && ok
}

func (b *billing) onEventRedis(c *gin.Context) {
	payload, _ := c.GetRawData()
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), b.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if firstSighting(c.Request.Context(), b.rdb, evt.ID) {
		b.topUp(c.Request.Context(), evt.Account, 500)
	}
	c.Status(http.StatusOK)
}

// setAmount records the amount on the invoice: its rows affected say the
// invoice exists, not that the event is new.
func (b *billing) setAmount(ctx context.Context, invoice string, cents int64) (bool, error) {
	res, err := b.db.ExecContext(ctx, `UPDATE invoices SET amount = $1 WHERE id = $2`, cents, invoice)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (b *billing) onEventAmount(c *gin.Context) {
	payload, _ := c.GetRawData()
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), b.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	found, err := b.setAmount(c.Request.Context(), evt.Account, 500)
	if err != nil || !found {
		c.Status(http.StatusOK)
		return
	}
	b.topUp(c.Request.Context(), evt.Account, 500) // want "webhook handler credits the balance"
	c.Status(http.StatusOK)
}

// note writes the event into the inbox and answers nothing.
func (b *billing) note(ctx context.Context, id string) {
	b.db.ExecContext(ctx, `INSERT INTO inbox (source, message_id) VALUES ('stripe', $1) ON CONFLICT DO NOTHING`, id)
}

func (b *billing) onEventNoAnswer(c *gin.Context) {
	id, customer, ok := b.verified(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	b.note(c.Request.Context(), id)
	b.topUp(c.Request.Context(), customer, 500) // want "webhook handler credits the balance"
	c.Status(http.StatusOK)
}

// keep inserts the event but ignores what the insert says.
func (b *billing) keep(ctx context.Context, id string) bool {
	b.db.ExecContext(ctx, `INSERT INTO inbox (source, message_id) VALUES ('stripe', $1) ON CONFLICT DO NOTHING`, id)
	return true
}

func (b *billing) onEventAlwaysTrue(c *gin.Context) {
	id, customer, ok := b.verified(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	if b.keep(c.Request.Context(), id) {
		b.topUp(c.Request.Context(), customer, 500) // want "webhook handler credits the balance"
	}
	c.Status(http.StatusOK)
}

var errRepeat = errors.New("delivered before")

// admit answers errRepeat when the inbox already holds the event.
func (b *billing) admit(ctx context.Context, id string) error {
	res, err := b.db.ExecContext(ctx, `INSERT INTO inbox (source, message_id) VALUES ('stripe', $1) ON CONFLICT DO NOTHING`, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errRepeat
	}
	return nil
}

func (b *billing) onEventErr(c *gin.Context) {
	id, customer, ok := b.verified(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := b.admit(c.Request.Context(), id); err != nil {
		c.Status(http.StatusOK)
		return
	}
	b.topUp(c.Request.Context(), customer, 500)
	c.Status(http.StatusOK)
}
