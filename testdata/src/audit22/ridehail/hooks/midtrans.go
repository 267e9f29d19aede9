package hooks

import (
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit22/ridehail/store"
)

// MidtransNotification is the HTTP notification Midtrans posts for GoPay
// and QRIS charges.
type MidtransNotification struct {
	OrderID           string `json:"order_id"`
	TransactionID     string `json:"transaction_id"`
	TransactionStatus string `json:"transaction_status"`
	FraudStatus       string `json:"fraud_status"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	SignatureKey      string `json:"signature_key"`
	PaymentType       string `json:"payment_type"`
}

// MidtransNotify stores the result of a GoPay/QRIS payment.
func MidtransNotify(repo *store.Repo, log *slog.Logger) echo.HandlerFunc {
	return func(c echo.Context) error {
		var n MidtransNotification
		if err := c.Bind(&n); err != nil {
			return c.NoContent(http.StatusBadRequest)
		}
		ctx := c.Request().Context()
		switch n.TransactionStatus {
		case "settlement":
			if err := repo.MarkPaid(ctx, n.OrderID); err != nil {
				log.Error("midtrans mark paid", "order", n.OrderID, "err", err)
				return c.NoContent(http.StatusInternalServerError)
			}
		case "deny", "cancel", "expire", "failure":
			_ = repo.SetPaymentStatus(ctx, n.OrderID, store.PayFailed)
		}
		return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
	}
}
