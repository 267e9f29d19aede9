package webhooks

import (
	"context"
	"encoding/json"
	"net/http"

	beecontext "github.com/beego/beego/v2/server/web/context"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"

	"audit17/laundry/domain"
)

// Earnings books franchise earnings.
type Earnings interface {
	AddFranchiseEarning(ctx context.Context, storeID, paymentID string, cents int64) error
}

// PickupPlanner schedules a driver pickup for an order.
type PickupPlanner interface {
	SchedulePickup(ctx context.Context, orderID string) error
}

// Square handles Square's payment.updated notifications for store tickets
// paid by card.
type Square struct {
	SignatureKey    string
	NotificationURL string
	Client          *sqclient.Client
	Orders          domain.Orders
	Earnings        Earnings
	Planner         PickupPlanner
}

type squareEvent struct {
	Type       string `json:"type"`
	EventID    string `json:"event_id"`
	MerchantID string `json:"merchant_id"`
	Data       struct {
		Object struct {
			Payment struct {
				ID          string `json:"id"`
				Status      string `json:"status"`
				OrderID     string `json:"order_id"`
				LocationID  string `json:"location_id"`
				AmountMoney struct {
					Amount int64 `json:"amount"`
				} `json:"amount_money"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

// franchiseShare is the franchisee's part of a counter sale, in percent.
const franchiseShare = 70

// PaymentUpdated is the beego handler for Square's payment.updated.
func (h *Square) PaymentUpdated(ctx *beecontext.Context) {
	c := ctx.Request.Context()
	body := ctx.Input.RequestBody
	if h.SignatureKey != "" {
		err := h.Client.Webhooks.VerifySignature(c, &square.VerifySignatureRequest{
			RequestBody:     string(body),
			SignatureHeader: ctx.Input.Header("x-square-hmacsha256-signature"),
			SignatureKey:    h.SignatureKey,
			NotificationURL: h.NotificationURL,
		})
		if err != nil {
			ctx.Abort(http.StatusUnauthorized, "bad signature")
			return
		}
	}
	var ev squareEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		ctx.Abort(http.StatusBadRequest, "bad payload")
		return
	}
	p := ev.Data.Object.Payment
	if ev.Type != "payment.updated" || p.Status != "COMPLETED" {
		ctx.Output.SetStatus(http.StatusOK)
		return
	}
	if err := h.Orders.MarkPaid(c, p.OrderID, p.ID); err != nil { // want "\\[webhookverify\\] payment webhook Square.PaymentUpdated skips signature verification when the secret is empty"
		ctx.Abort(http.StatusInternalServerError, "store")
		return
	}
	if err := h.Earnings.AddFranchiseEarning(c, p.LocationID, p.ID, p.AmountMoney.Amount*franchiseShare/100); err != nil {
		ctx.Abort(http.StatusInternalServerError, "store")
		return
	}
	if err := h.Planner.SchedulePickup(c, p.OrderID); err != nil {
		ctx.Abort(http.StatusInternalServerError, "planner")
		return
	}
	ctx.Output.SetStatus(http.StatusOK)
}
