package hooks

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"audit22/ridehail/store"
)

// SMSClient sends SMS through our aggregator's HTTP API.
type SMSClient struct {
	URL    string
	APIKey string
	HTTP   *http.Client
}

// NewSMSClient builds an SMS client.
func NewSMSClient(url, key string) *SMSClient {
	return &SMSClient{URL: url, APIKey: key, HTTP: &http.Client{Timeout: 10 * time.Second}}
}

// Send posts one SMS.
func (s *SMSClient) Send(ctx context.Context, to, text string) error {
	b, _ := json.Marshal(map[string]string{"to": to, "text": text, "sender": "RIDEHL"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/v1/sms", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %s", resp.Status)
	}
	return nil
}

type upiCallback struct {
	TxnRef string  `json:"merchantTxnRef"`
	Status string  `json:"status"`
	RRN    string  `json:"rrn"`
	Amount float64 `json:"amount,string"`
	Phone  string  `json:"payerMobile"`
}

// UPI handles the PSP's collect callback.
func (h *Handlers) UPI(c *gin.Context) {
	ctx := c.Request.Context()
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	m := hmac.New(sha256.New, h.upiKey)
	m.Write(body)
	want := hex.EncodeToString(m.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(c.GetHeader("X-Signature"))) {
		c.Status(http.StatusUnauthorized)
		return
	}
	var cb upiCallback
	if err := json.Unmarshal(body, &cb); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	paymentID := cb.TxnRef
	if i := strings.LastIndex(paymentID, "-"); i > 0 {
		paymentID = paymentID[:i]
	}
	p, err := h.repo.Payment(ctx, paymentID)
	if err != nil {
		c.Status(http.StatusOK)
		return
	}
	if p.Status == store.PayPaid || cb.Status != "SUCCESS" {
		c.Status(http.StatusOK)
		return
	}
	if err := h.repo.MarkPaid(ctx, p.ID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if err := h.sms.Send(ctx, cb.Phone, fmt.Sprintf("Paid Rs %.2f for your Ridehail trip. UPI ref %s", p.Amount, cb.RRN)); err != nil { // want "\\[webhookack\\] webhook handler calls hooks\\.SMSClient\\.Send, which calls an external API"
		h.log.Warn("payment sms", "payment", p.ID, "err", err)
	}
	c.Status(http.StatusOK)
}
