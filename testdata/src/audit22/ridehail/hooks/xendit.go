// Package hooks receives the providers' callbacks: Xendit (e-wallet
// payments and payouts), our UPI PSP, Razorpay/RazorpayX and Midtrans.
package hooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/hibiken/asynq"

	"audit22/ridehail/store"
)

// Handlers holds the gin callbacks.
type Handlers struct {
	repo   *store.Repo
	events *store.EventLog
	seen   *store.Seen
	queue  *asynq.Client
	sms    *SMSClient
	token  string
	upiKey []byte
	log    *slog.Logger
}

// Config carries the handlers' collaborators.
type Config struct {
	Repo          *store.Repo
	Events        *store.EventLog
	Seen          *store.Seen
	Queue         *asynq.Client
	SMS           *SMSClient
	CallbackToken string
	UPIKey        string
	Log           *slog.Logger
}

// New builds the handlers.
func New(c Config) *Handlers {
	return &Handlers{repo: c.Repo, events: c.Events, seen: c.Seen, queue: c.Queue, sms: c.SMS,
		token: c.CallbackToken, upiKey: []byte(c.UPIKey), log: c.Log}
}

type xenditPaymentEvent struct {
	ID      string `json:"id"`
	Event   string `json:"event"`
	Created string `json:"created"`
	Data    struct {
		PaymentRequestID string  `json:"payment_request_id"`
		ReferenceID      string  `json:"reference_id"`
		Status           string  `json:"status"`
		Amount           float64 `json:"amount"`
		Currency         string  `json:"currency"`
	} `json:"data"`
}

// TypeReceipt is the asynq task that mails and pushes a payment receipt.
const TypeReceipt = "receipt:send"

// XenditPayment handles payment.succeeded / payment.failed. The token is
// checked by the route group's middleware.
func (h *Handlers) XenditPayment(c *gin.Context) {
	ctx := c.Request.Context()
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.events.Append(ctx, "xendit", "payment", body)
	var evt xenditPaymentEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	first, err := h.seen.First(ctx, "xendit", evt.ID)
	if err != nil {
		c.Status(http.StatusServiceUnavailable)
		return
	}
	if !first {
		c.Status(http.StatusOK)
		return
	}
	p, err := h.repo.Payment(ctx, evt.Data.ReferenceID)
	if err != nil {
		c.Status(http.StatusOK) // not ours (kiosk sub-reference or another app)
		return
	}
	switch evt.Data.Status {
	case "SUCCEEDED":
		if err := h.repo.MarkPaid(ctx, p.ID); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		if p.Purpose == "tip" {
			trip, err := h.repo.Trip(ctx, p.TripID)
			if err == nil {
				_ = h.repo.CreditDriver(ctx, trip.DriverID, p.Amount) // audit: lookalike webhookdedupe: the event id was claimed with redis SETNX (Seen.First) above; a redelivery returns before this credit
			}
		}
		payload, _ := json.Marshal(map[string]string{"payment_id": p.ID})
		if _, err := h.queue.EnqueueContext(ctx, asynq.NewTask(TypeReceipt, payload)); err != nil { // audit: lookalike webhookack: the receipt is queued for a worker, nothing slow runs before the 200
			h.log.Warn("queue receipt", "payment", p.ID, "err", err)
		}
	case "FAILED":
		_ = h.repo.SetPaymentStatus(ctx, p.ID, store.PayFailed)
	}
	c.Status(http.StatusOK)
}

type xenditPayoutEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID          string  `json:"id"`
		ReferenceID string  `json:"reference_id"`
		Status      string  `json:"status"`
		Amount      float64 `json:"amount"`
		Currency    string  `json:"currency"`
	} `json:"data"`
}

// XenditPayout handles payout.succeeded / payout.failed for driver
// cashouts.
func (h *Handlers) XenditPayout(c *gin.Context) {
	ctx := c.Request.Context()
	if tok := c.GetHeader("x-callback-token"); tok != "" && tok != h.token { // audit: reported at xendit.go:150 (webhookverify, the first paid-state write after the fail-open check): a callback with no x-callback-token header at all passes the check, so anyone can post payout results that complete or re-queue driver cashouts (the UpdateCashout writes below are where it bites)
		c.Status(http.StatusUnauthorized)
		return
	}
	var evt xenditPayoutEvent
	if err := c.ShouldBindJSON(&evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	co, err := h.repo.CashoutByRef(ctx, evt.Data.ReferenceID)
	if err != nil {
		c.Status(http.StatusOK)
		return
	}
	switch evt.Data.Status {
	case "SUCCEEDED":
		if err := h.repo.UpdateCashout(ctx, co.ID, "completed", evt.Data.ID); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		ok, err := h.repo.AddLedger(ctx, &store.LedgerEntry{DriverID: co.DriverID, EventID: "xpo-" + evt.Data.ID, Kind: "cashout", Amount: -co.Amount, Currency: co.Currency, At: time.Now()}) // audit: lookalike webhookdedupe: ON CONFLICT DO NOTHING on the unique event_id; a redelivery inserts nothing // want "\\[webhookverify\\] payment webhook Handlers\\.XenditPayout skips signature verification when"
		if err == nil && !ok {
			h.log.Info("payout callback replayed", "cashout", co.ID)
		}
	case "FAILED":
		_ = h.repo.UpdateCashout(ctx, co.ID, "queued", "")
	}
	c.Status(http.StatusOK)
}
