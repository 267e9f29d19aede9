// Package webhooks receives payment notifications from the providers.
package webhooks

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"

	"audit12/parking/domain"
)

// SquareHooks handles Square notifications for street parking sessions
// and pre-booked garage spaces.
type SquareHooks struct {
	sq        *sqclient.Client
	sigKey    string
	notifyURL string
	db        *sql.DB
	sessions  domain.SessionStore
}

// NewSquareHooks returns the Square webhook handlers.
func NewSquareHooks(sq *sqclient.Client, sigKey, notifyURL string, db *sql.DB, sessions domain.SessionStore) *SquareHooks {
	return &SquareHooks{sq: sq, sigKey: sigKey, notifyURL: notifyURL, db: db, sessions: sessions}
}

const rawBodyKey = "webhooks.rawBody"

// RequireSignature checks the x-square-hmacsha256-signature header of a
// notification against its body and the subscription's signature key.
func (h *SquareHooks) RequireSignature() gin.HandlerFunc {
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil || len(body) == 0 {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		err = h.sq.Webhooks.VerifySignature(c.Request.Context(), &square.VerifySignatureRequest{
			RequestBody:     string(body),
			SignatureHeader: c.GetHeader("x-square-hmacsha256-signature"),
			SignatureKey:    h.sigKey,
			NotificationURL: h.notifyURL + c.Request.URL.Path,
		})
		if err != nil {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Set(rawBodyKey, body)
		c.Next()
	}
}

type squarePaymentEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID          string `json:"id"`
				Status      string `json:"status"`
				ReferenceID string `json:"reference_id"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

// PaymentUpdated handles payment.updated for parking sessions.
func (h *SquareHooks) PaymentUpdated(c *gin.Context) {
	ctx := c.Request.Context()
	var evt squarePaymentEvent
	if err := json.Unmarshal(c.MustGet(rawBodyKey).([]byte), &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	pay := evt.Data.Object.Payment
	if pay.Status != "COMPLETED" && pay.Status != "FAILED" {
		c.Status(http.StatusOK)
		return
	}
	res, err := h.db.ExecContext(ctx, `INSERT INTO webhook_events (provider, event_id, received_at)
		VALUES ('square', $1, now()) ON CONFLICT DO NOTHING`, evt.EventID)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		c.Status(http.StatusOK)
		return
	}
	if pay.Status == "FAILED" {
		err = h.sessions.MarkFailed(ctx, pay.ReferenceID, "square: payment failed")
	} else {
		err = h.sessions.MarkPaid(ctx, pay.ReferenceID)
	}
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

type squareOrderEvent struct {
	EventID string `json:"event_id"`
	Data    struct {
		Object struct {
			OrderUpdated struct {
				OrderID string `json:"order_id"`
				State   string `json:"state"`
			} `json:"order_updated"`
		} `json:"object"`
	} `json:"data"`
}

// OrderUpdated handles order.updated for garage spaces booked in advance:
// the booking is the session whose id is the order's reference.
func (h *SquareHooks) OrderUpdated(c *gin.Context) {
	var evt squareOrderEvent
	if err := c.ShouldBindJSON(&evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ord := evt.Data.Object.OrderUpdated
	if ord.State != "COMPLETED" {
		c.Status(http.StatusOK)
		return
	}
	if err := h.sessions.MarkPaid(c.Request.Context(), ord.OrderID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
