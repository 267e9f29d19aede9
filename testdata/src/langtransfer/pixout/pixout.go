// Package pixout pays sellers of a Brazilian marketplace by Pix through
// its bank's hand-written API: the bank answers a repeated X-Id-Operacao
// with the first transfer.
package pixout

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

const operacaoHeader = "X-Id-Operacao"

type Banco struct {
	url   string
	token string
	http  *http.Client
}

type Repasse struct {
	ChavePix string `json:"chave_pix"`
	Valor    int64  `json:"valor_centavos"`
	Moeda    string `json:"moeda"`
	Nota     string `json:"descricao"`
}

// pedido builds the transfer request; the operation id is made here, on
// every call.
func (b *Banco) pedido(ctx context.Context, r Repasse) (*http.Request, error) {
	corpo, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.url+"/api/v1/pagamentos-pix", bytes.NewReader(corpo))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+b.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(operacaoHeader, uuid.NewString())
	return req, nil
}

// --- reported: a new operation id on every attempt ---

func (b *Banco) Repassar(ctx context.Context, r Repasse) error {
	espera := 500 * time.Millisecond
	for tentativa := 0; tentativa < 5; tentativa++ {
		req, err := b.pedido(ctx, r)
		if err != nil {
			return err
		}
		resp, err := b.http.Do(req) // want `POST /api/v1/pagamentos-pix is retried by a for loop \(line 53\) but pedido makes a new idempotency key on every call`
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			if resp.StatusCode < 500 {
				return fmt.Errorf("banco: %s", resp.Status)
			}
		}
		time.Sleep(espera)
		espera *= 2
	}
	return fmt.Errorf("banco: sem resposta")
}

// --- silent: the operation id made once, before the retry ---

func (b *Banco) pedidoCom(ctx context.Context, r Repasse, operacao string) (*http.Request, error) {
	corpo, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.url+"/api/v1/pagamentos-pix", bytes.NewReader(corpo))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+b.token)
	req.Header.Set(operacaoHeader, operacao)
	return req, nil
}

func (b *Banco) RepassarUmaVez(ctx context.Context, r Repasse) error {
	operacao := uuid.NewString()
	for tentativa := 0; tentativa < 5; tentativa++ {
		req, err := b.pedidoCom(ctx, r, operacao)
		if err != nil {
			return err
		}
		resp, err := b.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(time.Duration(tentativa+1) * time.Second)
	}
	return fmt.Errorf("banco: sem resposta")
}

// --- silent: a tracing id on a read of the transfer, retried ---

func (b *Banco) Consultar(ctx context.Context, id string) (*http.Response, error) {
	var last error
	for tentativa := 0; tentativa < 3; tentativa++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.url+"/api/v1/pagamentos-pix/"+id, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := b.http.Do(req)
		if err == nil {
			return resp, nil
		}
		last = err
		time.Sleep(time.Second)
	}
	return nil, last
}
