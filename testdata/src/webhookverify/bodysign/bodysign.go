// Package bodysign: gateways that put the signature in the posted body
// (a "sign" element of an XML or JSON notification) and expect the
// merchant to recompute it over the other fields with the shared key.
// The comparison of the posted sign with that keyed digest is the check.
package bodysign

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"sort"
	"strings"
)

type payNotice struct {
	OrderNo string `xml:"order_no"`
	Amount  string `xml:"amount"`
	State   string `xml:"state"`
	Sign    string `xml:"sign"`
}

type gateway struct {
	db        *sql.DB
	merchKey  string
	notifyURL string
}

// keyedSign: MD5 over the sorted fields and the merchant key.
func keyedSign(fields map[string]string, key string) string {
	ks := make([]string, 0, len(fields))
	for k := range fields {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for _, k := range ks {
		b.WriteString(k + "=" + fields[k] + "&")
	}
	sum := md5.Sum([]byte(b.String() + "key=" + key))
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

func digest(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

func (g *gateway) markPaid(no string) {
	g.db.Exec("UPDATE orders SET status = 'paid' WHERE order_no = $1", no)
}

func Routes(g *gateway) {
	http.HandleFunc("POST /pay/notify", g.notify)
	http.HandleFunc("POST /pay/notify/inline", g.notifyInline)
	http.HandleFunc("POST /pay/notify/unkeyed", g.notifyUnkeyed)
	http.HandleFunc("POST /pay/notify/present", g.notifyPresent)
	http.HandleFunc("POST /pay/notify/logged", g.notifyLogged)
}

// Verified: the posted sign must equal the keyed digest, else 400.
func (g *gateway) notify(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var n payNotice
	if err := xml.Unmarshal(raw, &n); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	fields := map[string]string{"order_no": n.OrderNo, "amount": n.Amount, "state": n.State}
	if n.Sign != keyedSign(fields, g.merchKey) {
		http.Error(w, "bad sign", http.StatusBadRequest)
		return
	}
	if n.State == "PAID" {
		g.markPaid(n.OrderNo)
	}
}

// Verified, computed inline: MD5 of the fields with the key appended.
func (g *gateway) notifyInline(w http.ResponseWriter, r *http.Request) {
	var n struct {
		Order     string `json:"order"`
		Status    string `json:"status"`
		Signature string `json:"signature"`
	}
	if json.NewDecoder(r.Body).Decode(&n) != nil {
		return
	}
	sum := md5.Sum([]byte(n.Order + n.Status + g.merchKey))
	if !strings.EqualFold(hex.EncodeToString(sum[:]), n.Signature) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	g.markPaid(n.Order)
}

// Look-alike: a digest without the key is no signature anyone lacks.
func (g *gateway) notifyUnkeyed(w http.ResponseWriter, r *http.Request) {
	var n payNotice
	raw, _ := io.ReadAll(r.Body)
	_ = xml.Unmarshal(raw, &n)
	if n.Sign != digest(n.OrderNo+n.Amount) {
		return
	}
	g.markPaid(n.OrderNo) // want `payment webhook /pay/notify/unkeyed acts on the payment`
}

// Look-alike: only the sign's presence is checked.
func (g *gateway) notifyPresent(w http.ResponseWriter, r *http.Request) {
	var n payNotice
	raw, _ := io.ReadAll(r.Body)
	_ = xml.Unmarshal(raw, &n)
	if n.Sign == "" {
		return
	}
	g.markPaid(n.OrderNo) // want `payment webhook /pay/notify/present acts on the payment`
}

// Look-alike: the mismatch is only logged.
func (g *gateway) notifyLogged(w http.ResponseWriter, r *http.Request) {
	var n payNotice
	raw, _ := io.ReadAll(r.Body)
	_ = xml.Unmarshal(raw, &n)
	if n.Sign != keyedSign(map[string]string{"order_no": n.OrderNo}, g.merchKey) {
		println("sign mismatch")
	}
	g.markPaid(n.OrderNo) // want `payment webhook /pay/notify/logged verifies the signature but carries on`
}
