// Package gopay is a stub of github.com/go-pay/gopay (shape of v1.5.101).
package gopay

type BodyMap map[string]any

func (bm BodyMap) Set(key string, value any) BodyMap { bm[key] = value; return bm }
