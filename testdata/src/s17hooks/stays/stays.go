// Package stays books rooms and takes Adyen's standard notifications on
// gin: a batch of notification items decoded by hand from the body (the
// SDK's item type inside the shop's own envelope), each item's event code
// and success flag mapped to the booking's state and the booking upserted
// whole into a key-value table of the shop's own.
package stays

import (
	"context"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/gin-gonic/gin"
)

// BookingState is a booking's payment state.
type BookingState string

const (
	BookingHeld      BookingState = "held"
	BookingConfirmed BookingState = "confirmed"
	BookingRefused   BookingState = "refused"
	BookingUnknown   BookingState = "unknown"
)

// Booking is one stay's record.
type Booking struct {
	Ref   string
	Nts   int
	State BookingState
}

// Mail is one message sent to a guest.
type Mail struct {
	ID     string
	Status string
}

// Table keeps records whole by key.
type Table[T any] struct{ rows map[string]T }

func (t *Table[T]) Upsert(ctx context.Context, key string, row T) error {
	t.rows[key] = row
	return nil
}

// noticeBatch is Adyen's notification envelope.
type noticeBatch struct {
	Live  string `json:"live"`
	Items []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// mailEvent is what the mail relay posts about a message.
type mailEvent struct {
	MessageID string `json:"message_id"`
	Event     string `json:"event"`
}

type Desk struct {
	bookings *Table[Booking]
	mails    *Table[Mail]
}

func (d *Desk) Routes(r *gin.Engine) {
	r.POST("/adyen/notifications", d.AdyenNotifications)
	r.POST("/mail/relay/events", d.MailEvents)
	r.POST("/psp/adyen", d.Receive)
	r.POST("/admin/adyen/replay", d.Replay)
	r.POST("/psp/hold", d.Hold)
}

// AdyenNotifications applies every item as posted: no HMAC of any item.
func (d *Desk) AdyenNotifications(c *gin.Context) {
	var batch noticeBatch
	if err := c.ShouldBindJSON(&batch); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	for _, it := range batch.Items {
		if err := d.settle(c, it.Item); err != nil { // want `payment webhook /adyen/notifications acts on the payment \(stays.Desk.settle \(paid state stored as Booking.State by stays.Table.Upsert\)\)`
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.JSON(http.StatusOK, "[accepted]")
}

// Receive: neither its route nor its name says webhook; the batch of
// Adyen's notification items it decodes does.
func (d *Desk) Receive(c *gin.Context) {
	var batch noticeBatch
	if err := c.ShouldBindJSON(&batch); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	for _, it := range batch.Items {
		_ = d.settle(c, it.Item) // want `payment webhook /psp/adyen acts on the payment`
	}
	c.JSON(http.StatusOK, "[accepted]")
}

// Replay: staff re-apply a batch saved from an earlier delivery, behind
// the back office's login: a person's request, not the provider's.
func (d *Desk) Replay(c *gin.Context) {
	var batch noticeBatch
	if err := c.ShouldBindJSON(&batch); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	for _, it := range batch.Items {
		_ = d.settle(c, it.Item)
	}
	c.Status(http.StatusNoContent)
}

// holdRequest is the guest's request to hold a room: it carries an SDK
// type, but not one a provider posts.
type holdRequest struct {
	Ref    string         `json:"ref"`
	Amount webhook.Amount `json:"amount"`
}

// Hold confirms a room the guest asks for: no webhook, since nothing a
// provider posts is decoded.
func (d *Desk) Hold(c *gin.Context) {
	var req holdRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	_ = d.bookings.Upsert(c, req.Ref, Booking{Ref: req.Ref, State: BookingConfirmed})
	c.Status(http.StatusCreated)
}

// stateOf maps Adyen's event code and success flag.
func stateOf(code string, ok bool) BookingState {
	if code != "AUTHORISATION" {
		return BookingUnknown
	}
	if ok {
		return BookingConfirmed
	}
	return BookingRefused
}

func (d *Desk) settle(ctx context.Context, it webhook.NotificationRequestItem) error {
	return d.bookings.Upsert(ctx, it.MerchantReference, Booking{
		Ref:   it.MerchantReference,
		State: stateOf(it.EventCode, it.Success == "true"),
	})
}

// MailEvents records a guest mail's delivery as the relay reports it: a
// message's status, not a payment's.
func (d *Desk) MailEvents(c *gin.Context) {
	var ev mailEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	m := Mail{ID: ev.MessageID}
	m.Status = deliveryOf(ev.Event)
	_ = d.mails.Upsert(c, m.ID, m)
	c.Status(http.StatusOK)
}

func deliveryOf(event string) string {
	if event == "delivered" {
		return "completed"
	}
	return "pending"
}
