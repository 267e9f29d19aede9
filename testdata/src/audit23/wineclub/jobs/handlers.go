package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"audit23/wineclub/billing"
	"audit23/wineclub/domain"
	"audit23/wineclub/paylater"
	"audit23/wineclub/store"
	"audit23/wineclub/stripepay"
)

// Handlers holds what the background jobs need.
type Handlers struct {
	Fees     *store.Billing
	Members  *store.Members
	Orders   *store.Orders
	Stripe   *stripepay.Service
	PayLater *paylater.Client
	Dunning  *billing.Dunning
	WMS      string
	HTTP     *http.Client
}

// Install registers every job kind on q.
func (h *Handlers) Install(q *Queue) {
	q.Register("cellar.charge", h.chargeCellarFee)
	q.Register("dunning.uk", h.representUK)
	q.Register("paylater.capture", h.capturePayLater)
	q.Register("shipment.track", h.trackShipment)
}

func (h *Handlers) chargeCellarFee(ctx context.Context, j Job) error {
	var p struct {
		FeeID string `json:"fee_id"`
	}
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return err
	}
	fee, err := h.Fees.CellarFee(ctx, p.FeeID)
	if err != nil {
		return err
	}
	if fee.Status == "paid" {
		return nil
	}
	m, err := h.Members.Get(ctx, fee.MemberID)
	if err != nil {
		return err
	}
	pi, err := h.Stripe.ChargeFee(m, fee, "") // want "\\[idempotency\\] stripepay\\.Service\\.ChargeFee \\(stripe paymentintent\\.New\\) is retried by the job queue jobs\\.Queue \\(queue\\.go:109\\), which runs the job again when its handler returns an error \\(line 37\\) without an idempotency key: stripe-go adds a new random key"
	if err != nil {
		return err
	}
	return h.Fees.SetCellarPayment(ctx, fee.ID, pi.ID)
}

func (h *Handlers) representUK(ctx context.Context, j Job) error {
	var p struct {
		Payment string `json:"payment"`
	}
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return err
	}
	inv, err := h.Fees.InvoiceByRef(ctx, p.Payment)
	if err != nil {
		return err
	}
	if inv.Status != domain.InvoiceFailed {
		return nil
	}
	m, err := h.Members.Get(ctx, inv.MemberID)
	if err != nil {
		return err
	}
	if inv.Attempts >= 2 {
		return h.Dunning.GiveUp(ctx, *inv)
	}
	np, err := h.Dunning.Represent(ctx, *inv, m.GCMandateID) // want "\\[idempotency\\] billing\\.Dunning\\.Represent \\(gocardless Payments\\.Create\\) is retried by the job queue jobs\\.Queue \\(queue\\.go:109\\), which runs the job again when its handler returns an error \\(line 62\\) but Represent makes a new idempotency key on every call"
	if err != nil {
		return err
	}
	return h.Fees.Submitted(ctx, inv.ID, np.Id)
}

func (h *Handlers) capturePayLater(ctx context.Context, j Job) error {
	var p struct {
		OrderID string `json:"order_id"`
	}
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return err
	}
	o, err := h.Orders.Get(ctx, p.OrderID)
	if err != nil {
		return err
	}
	if err := h.PayLater.Capture(ctx, o.PayLaterOrderID, o.Total.Cents); err != nil { // want "\\[idempotency\\] paylater\\.Client\\.Capture \\(POST /ordermanagement/v1/orders/\\{\\}/captures\\) is retried by the job queue jobs\\.Queue \\(queue\\.go:109\\), which runs the job again when its handler returns an error \\(line 90\\) but Capture makes a new idempotency key on every call"
		return err
	}
	// The job's context is cancelled when the worker batch commits; keep
	// following the capture on our own.
	go func() {
		got, err := h.PayLater.AwaitCaptured(context.Background(), o.PayLaterOrderID) // want "\\[pollbound\\] paylater\\.Client\\.AwaitCaptured polls payment orderID \\(wait\\.go:43\\) until the"
		if err != nil {
			return
		}
		_ = got
		_ = h.Orders.SetStatus(context.Background(), o.ID, domain.OrderShipped)
	}()
	return nil
}

type shipment struct {
	Status string `json:"status"`
}

var errLost = errors.New("shipment lost")

// trackShipment follows a parcel at the warehouse until the carrier has
// scanned it, so the "on its way" mail goes out promptly.
func (h *Handlers) trackShipment(ctx context.Context, j Job) error {
	var p struct {
		ShipmentID string `json:"shipment_id"`
	}
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return err
	}
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, h.WMS+"/shipments/"+p.ShipmentID, nil)
		resp, err := h.HTTP.Do(req)
		if err == nil {
			var s shipment
			_ = json.NewDecoder(resp.Body).Decode(&s)
			resp.Body.Close()
			switch s.Status {
			case "handed_to_carrier", "delivered":
				return nil
			case "lost":
				return errLost
			}
		}
		time.Sleep(time.Second) // audit: lookalike pollinterval: polls the warehouse's shipment, not a payment
	}
}
