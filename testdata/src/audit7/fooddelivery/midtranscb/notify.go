package midtranscb

import (
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
)

type notification struct {
	TransactionID     string `json:"transaction_id"`
	OrderID           string `json:"order_id"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	SignatureKey      string `json:"signature_key"`
	TransactionStatus string `json:"transaction_status"`
	FraudStatus       string `json:"fraud_status"`
}

func (s *Server) readVerified(c echo.Context) (*notification, bool) {
	raw, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return nil, false
	}
	var n notification
	if json.Unmarshal(raw, &n) != nil {
		return nil, false
	}
	sum := sha512.Sum512([]byte(n.OrderID + n.StatusCode + n.GrossAmount + s.ServerKey))
	want := hex.EncodeToString(sum[:])
	if subtle.ConstantTimeCompare([]byte(want), []byte(n.SignatureKey)) != 1 {
		return nil, false
	}
	return &n, true
}

// Notify settles the order and gets a rider moving.
func (s *Server) Notify(c echo.Context) error {
	n, ok := s.readVerified(c)
	if !ok {
		return c.NoContent(http.StatusUnauthorized)
	}
	if n.TransactionStatus != "settlement" && !(n.TransactionStatus == "capture" && n.FraudStatus == "accept") {
		return c.NoContent(http.StatusOK)
	}
	res, err := s.DB.Exec("UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending'", n.OrderID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if affected, _ := res.RowsAffected(); affected == 1 {
		if err := s.Dispatch.RequestRider(n.OrderID); err != nil { // want "\\[webhookack\\] webhook handler calls midtranscb.DispatchClient.RequestRider"
			log.Printf("dispatch %s: %v", n.OrderID, err)
		}
	}
	return c.NoContent(http.StatusOK)
}

// NotifyRefund books the refund in the ledger and lets a worker mail the customer.
func (s *Server) NotifyRefund(c echo.Context) error {
	n, ok := s.readVerified(c)
	if !ok {
		return c.NoContent(http.StatusUnauthorized)
	}
	if n.TransactionStatus == "refund" || n.TransactionStatus == "partial_refund" {
		s.DB.MustExec("INSERT INTO ledger_entries (order_id, kind, amount) VALUES ($1, 'refund', $2)", n.OrderID, n.GrossAmount) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row"
		s.Outbox <- n.OrderID
	}
	return c.NoContent(http.StatusOK)
}

// NotifyGoPay is the GoPay tokenization notification endpoint.
func (s *Server) NotifyGoPay(c echo.Context) error {
	var n notification
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.TransactionStatus == "settlement" {
		s.DB.MustExec("UPDATE orders SET status = 'paid' WHERE id = $1", n.OrderID) // want "\\[webhookverify\\] payment webhook /midtrans/notification/gopay acts on the payment"
	}
	return c.NoContent(http.StatusOK)
}
