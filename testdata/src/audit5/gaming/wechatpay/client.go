// Package wechatpay is our WeChat Pay (API v2, XML + sign) client: Native
// (QR) top-ups on the web shop and refunds.
package wechatpay

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
)

const api = "https://api.mch.weixin.qq.com"

// Client holds the merchant credentials.
type Client struct {
	AppID  string
	MchID  string
	APIKey string
	HTTP   *http.Client // the refund one carries the merchant certificate
}

// Params is a flat XML message.
type Params map[string]string

// Sign computes the v2 MD5 signature over the sorted params.
func Sign(p Params, key string) string {
	keys := make([]string, 0, len(p))
	for k, v := range p {
		if k != "sign" && v != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "=" + p[k] + "&")
	}
	b.WriteString("key=" + key)
	sum := md5.Sum([]byte(b.String()))
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

type xmlEntry struct {
	XMLName xml.Name
	Value   string `xml:",chardata"`
}

// EncodeXML renders <xml><k>v</k>...</xml>.
func EncodeXML(p Params) []byte {
	var b bytes.Buffer
	b.WriteString("<xml>")
	for k, v := range p {
		fmt.Fprintf(&b, "<%s><![CDATA[%s]]></%s>", k, v, k)
	}
	b.WriteString("</xml>")
	return b.Bytes()
}

// DecodeXML reads a flat XML message.
func DecodeXML(r io.Reader) (Params, error) {
	p := Params{}
	d := xml.NewDecoder(r)
	for {
		var e xmlEntry
		tok, err := d.Token()
		if err == io.EOF {
			return p, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local != "xml" {
			if err := d.DecodeElement(&e, &se); err != nil {
				return nil, err
			}
			p[se.Name.Local] = e.Value
		}
	}
}

// post signs and sends one request to a v2 endpoint.
func (c *Client) post(ctx context.Context, path string, p Params) (Params, error) {
	p["appid"], p["mch_id"] = c.AppID, c.MchID
	p["nonce_str"] = nonce()
	p["sign"] = Sign(p, c.APIKey)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, api+path, bytes.NewReader(EncodeXML(p)))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("wechatpay %s: HTTP %d", path, resp.StatusCode)
	}
	out, err := DecodeXML(resp.Body)
	if err != nil {
		return nil, err
	}
	if out["return_code"] != "SUCCESS" {
		return nil, fmt.Errorf("wechatpay %s: %s", path, out["return_msg"])
	}
	return out, nil
}
