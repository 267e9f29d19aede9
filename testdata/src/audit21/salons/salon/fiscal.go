package salon

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Invoicer issues the electronic invoice (NF-e/NFC-e in Brazil) of a sale
// through the fiscal provider's API.
type Invoicer struct {
	base  string
	token string
	hc    *http.Client
}

func NewInvoicer(base, token string) *Invoicer {
	return &Invoicer{base: base, token: token, hc: &http.Client{Timeout: 30 * time.Second}}
}

// Invoice is what the fiscal provider needs.
type Invoice struct {
	Reference string  `json:"ref"`
	SalonCNPJ string  `json:"cnpj_emitente"`
	Total     float64 `json:"valor_total"`
	Items     []Line  `json:"itens"`
}

type Line struct {
	SKU   string  `json:"codigo_produto"`
	Name  string  `json:"descricao"`
	Qty   int     `json:"quantidade"`
	Price float64 `json:"valor_unitario"`
}

// Issue requests the invoice; the provider answers once SEFAZ authorised it.
func (i *Invoicer) Issue(ctx context.Context, inv Invoice) error {
	body, _ := json.Marshal(inv)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, i.base+"/v2/nfce?ref="+inv.Reference, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.SetBasicAuth(i.token, "")
	resp, err := i.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("fiscal: %s: %s", inv.Reference, resp.Status)
	}
	return nil
}
