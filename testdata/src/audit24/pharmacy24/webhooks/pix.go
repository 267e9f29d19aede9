package webhooks

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"audit24/pharmacy24/platform"
	"audit24/pharmacy24/store"
)

type pixNotification struct {
	Pix []struct {
		EndToEndID string `json:"endToEndId"`
		TxID       string `json:"txid"`
		Valor      string `json:"valor"`
		Horario    string `json:"horario"`
	} `json:"pix"`
}

// Pix handles the PSP's Pix arrival callbacks. The route is signed by the
// PSP; see cmd/pharmacyd.
type Pix struct {
	orders *store.Orders
	ledger *store.Ledger
	crm    *platform.CRM
	log    *slog.Logger
}

func NewPix(orders *store.Orders, ledger *store.Ledger, crm *platform.CRM) *Pix {
	return &Pix{orders: orders, ledger: ledger, crm: crm, log: slog.Default()}
}

func centavos(v string) int64 {
	reais, cents, _ := strings.Cut(v, ".")
	r, _ := strconv.ParseInt(reais, 10, 64)
	c, _ := strconv.ParseInt((cents + "00")[:2], 10, 64)
	return r*100 + c
}

func (h *Pix) Handle(c *gin.Context) {
	ctx := c.Request.Context()
	var n pixNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	for _, p := range n.Pix {
		o, err := h.orders.ByProviderRef(ctx, "pix", p.TxID)
		if err != nil {
			h.log.Error("pix for unknown txid", "txid", p.TxID, "e2e", p.EndToEndID)
			continue
		}
		if err := h.ledger.AddPixCredit(ctx, o.ID, p.EndToEndID, centavos(p.Valor)); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store\\.Ledger\\.AddPixCredit:"
			c.Status(http.StatusInternalServerError)
			return
		}
		if err := h.orders.MarkPaid(ctx, o.ID, p.EndToEndID); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		_ = h.crm.Track(ctx, o.PatientID, "order_paid", map[string]any{"order": o.ID, "method": "pix"}) // want "\\[webhookack\\] webhook handler calls platform\\.CRM\\.Track, which calls an external API \\(http\\.Client\\.Do\\)"
	}
	c.Status(http.StatusOK)
}
