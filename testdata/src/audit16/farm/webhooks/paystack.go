package webhooks

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"audit16/farm/sign"
	"audit16/farm/store"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
)

// Notifier sends a text message to a buyer.
type Notifier interface {
	Send(ctx context.Context, to, msg string) error
}

type paystackEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID        int64  `json:"id"`
		Reference string `json:"reference"`
		Status    string `json:"status"`
		Amount    int64  `json:"amount"`
		Currency  string `json:"currency"`
		Customer  struct {
			Phone string `json:"phone"`
		} `json:"customer"`
		Transaction struct {
			Reference string `json:"reference"`
		} `json:"transaction"`
	} `json:"data"`
}

// Paystack handles Paystack events for Nigerian buyers.
type Paystack struct {
	secret string
	rdb    *redis.Client
	orders OrderPayments
	ledger *store.Ledger
	sms    Notifier
}

// NewPaystack returns the Paystack webhook handler. The secret is the
// account's secret key.
func NewPaystack(secret string, rdb *redis.Client, orders OrderPayments, ledger *store.Ledger, sms Notifier) *Paystack {
	return &Paystack{secret: secret, rdb: rdb, orders: orders, ledger: ledger, sms: sms}
}

// Handle applies one Paystack event.
func (h *Paystack) Handle(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if !sign.PaystackValid(body, c.GetHeader("x-paystack-signature"), h.secret) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
	}
	var ev paystackEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	switch ev.Event {
	case "charge.success":
		first, err := h.rdb.SetNX(c, "paystack:charge:"+ev.Data.Reference, 1, 72*time.Hour).Result()
		if err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		if !first {
			c.Status(http.StatusOK)
			return
		}
		if err := h.orders.MarkPaid(c, ev.Data.Reference, strconv.FormatInt(ev.Data.ID, 10)); err != nil { // want "\\[webhookverify\\] payment webhook Paystack.Handle skips signature verification when the secret is empty"
			c.Status(http.StatusInternalServerError)
			return
		}
		if err := h.orders.Release(c, ev.Data.Reference); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		_ = h.sms.Send(c, ev.Data.Customer.Phone, "Your farm box is paid and will be packed this week.") // want "\\[webhookack\\] webhook handler sends a message \\(webhooks.Notifier.Send\\) before answering"
	case "refund.processed":
		if err := h.ledger.Append(c, store.LedgerEntry{ // want "\\[webhookverify\\] payment webhook Paystack.Handle skips signature verification when the secret is empty \\(fails open\\) before store.Ledger.Append" "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store.Ledger.Append"
			OrderRef: ev.Data.Transaction.Reference, Kind: "refund", AmountMinor: -ev.Data.Amount,
			Currency: ev.Data.Currency, ProviderRef: strconv.FormatInt(ev.Data.ID, 10),
		}); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
