package hooks

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/mercadopago/sdk-go/pkg/webhook"

	"audit21/salons/mpago"
	"audit21/salons/salon"
	"audit21/salons/store"
)

// MercadoPago handles the payment notifications of Brazil and Argentina.
type MercadoPago struct {
	MP          map[store.Country]*mpago.Client
	Secret      string
	Appts       *store.Appointments
	GiftStore   *store.GiftCards
	Gifts       *salon.GiftCards
	Sales       *store.Sales
	Commissions *store.Commissions
	Stylists    store.Repo[store.Stylist]
	Fiscal      *salon.Invoicer
	Log         *slog.Logger
}

type mpNotification struct {
	Type   string `json:"type"`
	Action string `json:"action"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

// Notify is POST /hooks/mercadopago/:country.
func (h *MercadoPago) Notify(c *gin.Context) {
	var n mpNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	dataID := c.Query("data.id")
	if dataID == "" {
		dataID = n.Data.ID
	}
	if err := webhook.ValidateSignature(c.GetHeader("x-signature"), c.GetHeader("x-request-id"), dataID, h.Secret); err != nil {
		h.Log.Warn("mercadopago signature", "err", err)
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if n.Type != "payment" {
		c.Status(http.StatusOK)
		return
	}
	country := store.Country(strings.ToUpper(c.Param("country")))
	mp, ok := h.MP[country]
	if !ok {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	id, err := strconv.Atoi(dataID)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	pay, err := mp.Payments.Get(c, id)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if pay.Status != mpago.Approved {
		c.Status(http.StatusOK)
		return
	}
	ref := pay.ExternalReference
	switch {
	case strings.HasPrefix(ref, "dep-"):
		err = h.Appts.MarkDepositPaid(c, ref)
	case strings.HasPrefix(ref, "gift-"):
		err = h.GiftStore.Issue(c, ref)
	case strings.HasPrefix(ref, "reload:"):
		code, _, ok := salon.ParseReload(ref)
		if !ok {
			c.Status(http.StatusOK)
			return
		}
		err = h.Gifts.TopUp(c, code, mpago.Cents(pay.TransactionAmount)) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(salon\\.GiftCards\\.TopUp:"
	case strings.HasPrefix(ref, "sale-"):
		err = h.sale(c, ref, pay.TransactionAmount, strconv.Itoa(pay.ID)) // want "\\[webhookack\\] webhook handler calls hooks\\.MercadoPago\\.sale, which calls salon\\.Invoicer\\.Issue,"
	}
	if err != nil {
		h.Log.Error("mercadopago notification", "ref", ref, "err", err)
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// sale books a paid front-desk sale: its stylist's commission and its NFC-e.
func (h *MercadoPago) sale(c *gin.Context, ref string, amount float64, paymentID string) error {
	saleID, err := strconv.ParseInt(strings.TrimPrefix(ref, "sale-"), 10, 64)
	if err != nil {
		return err
	}
	s, err := h.Sales.Get(c, saleID)
	if err != nil {
		return err
	}
	if err := h.Sales.MarkPaid(c, ref); err != nil {
		return err
	}
	st, err := h.Stylists.Get(c, s.StylistID)
	if err != nil {
		return err
	}
	if _, err := h.Commissions.Earn(c, &store.Commission{ // audit: lookalike webhookdedupe: the commission row is unique on source_ref and inserted with ON CONFLICT DO NOTHING, so a repeated delivery adds nothing
		StylistID: s.StylistID, SourceKind: "sale", SourceRef: "sale:" + paymentID,
		AmountCents: mpago.Cents(amount) * int64(st.CommissionPct) / 100, Currency: s.Currency,
	}); err != nil {
		return err
	}
	lines, _ := json.Marshal(s)
	h.Log.Debug("issuing nfce", "sale", string(lines))
	return h.Fiscal.Issue(c, salon.Invoice{Reference: ref, Total: amount}) // audit: reported at mercadopago.go:94 (webhookack, the call of h.sale in Notify): the NFC-e is requested from the fiscal provider (an HTTP call that waits for SEFAZ, 30s timeout) before the notification is answered; Mercado Pago times out and delivers again (also arguable at Notify's h.sale call)
}
