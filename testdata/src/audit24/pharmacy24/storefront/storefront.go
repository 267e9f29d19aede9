// Package storefront serves the patient-facing payment pages and the Mexico
// integrations (fiber).
package storefront

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"

	"github.com/gofiber/fiber/v2"
	razorpay "github.com/razorpay/razorpay-go"

	"audit24/pharmacy24/store"
)

// Confirmer confirms an order once its payment is known to be good.
type Confirmer interface {
	Confirm(ctx context.Context, orderID, paymentRef string) error
}

type Handler struct {
	rzp           *razorpay.Client
	orders        *store.Orders
	ledger        *store.Ledger
	confirm       Confirmer
	courierSecret string
	log           *slog.Logger
}

func New(rzp *razorpay.Client, orders *store.Orders, ledger *store.Ledger, confirm Confirmer, courierSecret string) (*Handler, error) {
	if courierSecret == "" {
		return nil, errors.New("storefront: courier secret is required")
	}
	return &Handler{rzp: rzp, orders: orders, ledger: ledger, confirm: confirm, courierSecret: courierSecret, log: slog.Default()}, nil
}

// RazorpayCallback is the callback_url the Razorpay checkout posts to.
func (h *Handler) RazorpayCallback(c *fiber.Ctx) error {
	orderID := c.Query("order")
	paymentID := c.FormValue("razorpay_payment_id")
	if paymentID == "" {
		return c.Redirect("/orders/" + orderID + "?payment=failed")
	}
	if err := h.orders.MarkPaid(c.UserContext(), orderID, paymentID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
		return err
	}
	return c.Redirect("/orders/" + orderID + "?payment=ok")
}

// RazorpayReturn is used by the mobile app after the in-app checkout closes.
func (h *Handler) RazorpayReturn(c *fiber.Ctx) error {
	orderID := c.Query("order")
	p, err := h.rzp.Payment.Fetch(c.Query("payment_id"), nil, nil)
	if err != nil {
		return c.Status(fiber.StatusBadGateway).JSON(fiber.Map{"status": "unknown"})
	}
	o, err := h.orders.Get(c.UserContext(), orderID)
	if err != nil || o == nil {
		return c.SendStatus(fiber.StatusNotFound)
	}
	if p["status"] == "captured" && p["order_id"] == o.ProviderRef {
		if err := h.orders.MarkPaid(c.UserContext(), o.ID, c.Query("payment_id")); err != nil { // audit: lookalike redirectfulfill: paid only after the payment was fetched from Razorpay, found captured and matched to the order
			return err
		}
		return c.JSON(fiber.Map{"status": "paid"})
	}
	return c.JSON(fiber.Map{"status": "processing"})
}

// MPSuccess is the back_urls.success page of the Mercado Pago preference.
func (h *Handler) MPSuccess(c *fiber.Ctx) error {
	ref := c.Query("external_reference")
	if c.Query("collection_status") == "approved" {
		if err := h.confirm.Confirm(c.UserContext(), ref, c.Query("payment_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(external_reference\\)"
			h.log.Error("confirm", "order", ref, "err", err)
		}
	}
	return c.Redirect("/orders/" + ref)
}

// MPPending is the back_urls.pending page: boleto and Pix payments settle later.
func (h *Handler) MPPending(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"order": c.Query("external_reference"), "status": "processing"}) // audit: lookalike redirectfulfill: only shows processing; the order is updated by the mp.payments consumer after the webhook
}

type conektaEvent struct {
	Type string `json:"type"`
	Data struct {
		Object struct {
			ID            string            `json:"id"`
			PaymentStatus string            `json:"payment_status"`
			Metadata      map[string]string `json:"metadata"`
		} `json:"object"`
	} `json:"data"`
}

// ConektaEvents receives Conekta's order webhooks.
func (h *Handler) ConektaEvents(c *fiber.Ctx) error {
	var evt conektaEvent
	if err := json.Unmarshal(c.Body(), &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	switch evt.Type {
	case "order.paid", "order.expired", "order.canceled":
		obj := evt.Data.Object
		if err := h.orders.SetStatus(c.UserContext(), obj.Metadata["order_id"], obj.PaymentStatus); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

type codReport struct {
	CollectionID string `json:"collection_id"`
	OrderID      string `json:"order_id"`
	CourierID    string `json:"courier_id"`
	Amount       string `json:"amount"`
}

// CourierCOD is called by the courier app when cash on delivery was collected.
func (h *Handler) CourierCOD(c *fiber.Ctx) error {
	body := c.Body()
	mac := hmac.New(sha256.New, []byte(h.courierSecret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Get("X-Courier-Signature"))) { // audit: lookalike webhookverify: HMAC of the body with the courier secret, which storefront.New requires, refused on mismatch
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var r codReport
	if err := json.Unmarshal(body, &r); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	amount, _ := strconv.ParseInt(r.Amount, 10, 64)
	fresh, err := h.ledger.RecordCOD(c.UserContext(), r.CollectionID, r.OrderID, r.CourierID, amount) // audit: lookalike webhookdedupe: INSERT ... ON CONFLICT (id) DO NOTHING on the collection id, rows affected checked
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if !fresh {
		return c.SendStatus(fiber.StatusOK)
	}
	if err := h.orders.MarkPaid(c.UserContext(), r.OrderID, "cod:"+r.CollectionID); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}
