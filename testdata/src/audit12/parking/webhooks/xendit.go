package webhooks

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"audit12/parking/domain"
)

// FineStore is the fine persistence the Xendit hooks need.
type FineStore interface {
	Get(ctx context.Context, id string) (*domain.Fine, error)
	MarkPaid(ctx context.Context, id, requestID string) error
}

// XenditHooks handles Xendit payment request callbacks for fines.
type XenditHooks struct {
	token  []byte
	fines  FineStore
	outbox domain.Outbox
}

// NewXenditHooks returns the Xendit handlers; token is the callback
// verification token from the Xendit dashboard.
func NewXenditHooks(token string, fines FineStore, outbox domain.Outbox) (*XenditHooks, error) {
	if token == "" {
		return nil, errors.New("webhooks: xendit callback token is required")
	}
	return &XenditHooks{token: []byte(token), fines: fines, outbox: outbox}, nil
}

type xenditEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID          string `json:"id"`
		ReferenceID string `json:"reference_id"`
		Status      string `json:"status"`
	} `json:"data"`
}

// PaymentRequest handles payment.succeeded callbacks.
func (h *XenditHooks) PaymentRequest(c *gin.Context) {
	if subtle.ConstantTimeCompare([]byte(c.GetHeader("x-callback-token")), h.token) != 1 {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var evt xenditEvent
	if err := c.ShouldBindJSON(&evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if evt.Event != "payment.succeeded" || evt.Data.Status != "SUCCEEDED" {
		c.Status(http.StatusOK)
		return
	}
	ctx := c.Request.Context()
	fineID := evt.Data.ReferenceID
	if len(fineID) > 5 && fineID[:5] == "FINE-" {
		fineID = fineID[5:]
	}
	fine, err := h.fines.Get(ctx, fineID)
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	if fine.Status == domain.FinePaid {
		c.Status(http.StatusOK)
		return
	}
	if err := h.fines.MarkPaid(ctx, fine.ID, evt.Data.ID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	_ = h.outbox.Enqueue(ctx, "sms.fine_receipt", fine.ID)
	c.Status(http.StatusOK)
}
