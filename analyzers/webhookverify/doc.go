// Package webhookverify defines the webhookverify analyzer.
package webhookverify

const doc = `webhookverify: placeholder`
