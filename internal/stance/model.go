package stance

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Model is the trained network: dense features standardized, hashed word
// buckets, one hidden layer of rectified units, a softmax over the labels.
// It also carries the IDF of the training texts, which Read weights by.
type Model struct {
	Hash, Hidden int
	Mean, Std    []float32 // per dense feature
	W1Dense      []float32 // Hidden x numDense
	W1Sparse     []float32 // Hash x Hidden (a bucket's row is contiguous)
	B1           []float32 // Hidden
	W2           []float32 // numLabels x Hidden
	B2           []float32 // numLabels
	IDF          map[string]float32
	DefaultIDF   float32 // for stems the training texts never had
}

func (m *Model) idf(stem string) float64 {
	if v, ok := m.IDF[stem]; ok {
		return float64(v)
	}
	return float64(m.DefaultIDF)
}

// forward fills hidden (pre-activation clipped at 0) and returns the label
// probabilities.
func (m *Model) forward(f *Features, hidden []float32) [numLabels]float32 {
	copy(hidden, m.B1)
	for d := 0; d < numDense; d++ {
		x := (f.Dense[d] - m.Mean[d]) / m.Std[d]
		if x == 0 {
			continue
		}
		for h := 0; h < m.Hidden; h++ {
			hidden[h] += x * m.W1Dense[h*numDense+d]
		}
	}
	for _, b := range f.Sparse {
		row := m.W1Sparse[int(b)*m.Hidden : int(b+1)*m.Hidden]
		for h, w := range row {
			hidden[h] += sparseValue * w
		}
	}
	for h := range hidden {
		if hidden[h] < 0 {
			hidden[h] = 0
		}
	}
	var z [numLabels]float32
	for l := 0; l < int(numLabels); l++ {
		z[l] = m.B2[l]
		for h, v := range hidden {
			z[l] += v * m.W2[l*m.Hidden+h]
		}
	}
	return softmax(z)
}

// sparseValue is the input value of a hashed word that is present; small,
// so that a long list of words does not swamp the dense features.
const sparseValue = 0.1

func softmax(z [numLabels]float32) [numLabels]float32 {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	var sum float32
	for i := range z {
		z[i] = float32(math.Exp(float64(z[i] - mx)))
		sum += z[i]
	}
	for i := range z {
		z[i] /= sum
	}
	return z
}

const modelMagic = "claimgraph-stance-1\n"

// Encode writes the model in its binary form, gzip-compressed; the same
// model gives the same bytes.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	bw.WriteString(modelMagic)
	put(int32(numDense))
	put(int32(m.Hash))
	put(int32(m.Hidden))
	for _, s := range [][]float32{m.Mean, m.Std, m.W1Dense, m.W1Sparse, m.B1, m.W2, m.B2} {
		put(int32(len(s)))
		put(s)
	}
	put(m.DefaultIDF)
	stems := make([]string, 0, len(m.IDF))
	for s := range m.IDF {
		stems = append(stems, s)
	}
	slices.Sort(stems)
	put(int32(len(stems)))
	for _, s := range stems {
		put(uint8(min(len(s), 255)))
		bw.WriteString(s[:min(len(s), 255)])
		put(m.IDF[s])
	}
	if err != nil {
		return fmt.Errorf("stance: encoding the model: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("stance: encoding the model: %w", err)
	}
	return zw.Close()
}

// maxModelValues bounds what a model file may ask to allocate.
const maxModelValues = 1 << 26

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("stance: reading the model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || !bytes.Equal(magic, []byte(modelMagic)) {
		return nil, errors.New("stance: reading the model: not a claimgraph stance model")
	}
	get := func(v any) {
		if err == nil {
			err = binary.Read(br, binary.LittleEndian, v)
		}
	}
	var dense, hash, hidden int32
	get(&dense)
	get(&hash)
	get(&hidden)
	if err == nil && (dense != numDense || hash < 0 || hidden <= 0 || int64(hidden)*(int64(hash)+int64(numDense)+int64(numLabels)+1) > maxModelValues) {
		return nil, fmt.Errorf("stance: reading the model: %d dense features, %d buckets, %d hidden units (this build reads %d dense features)", dense, hash, hidden, numDense)
	}
	m := &Model{Hash: int(hash), Hidden: int(hidden), IDF: map[string]float32{}}
	want := []int{numDense, numDense, int(hidden) * numDense, int(hash) * int(hidden), int(hidden), int(numLabels) * int(hidden), int(numLabels)}
	dst := []*[]float32{&m.Mean, &m.Std, &m.W1Dense, &m.W1Sparse, &m.B1, &m.W2, &m.B2}
	for i, p := range dst {
		var n int32
		get(&n)
		if err == nil && int(n) != want[i] {
			return nil, fmt.Errorf("stance: reading the model: array %d has %d values, want %d", i, n, want[i])
		}
		*p = make([]float32, want[i])
		get(*p)
	}
	get(&m.DefaultIDF)
	var stems int32
	get(&stems)
	if err == nil && (stems < 0 || stems > maxModelValues) {
		return nil, fmt.Errorf("stance: reading the model: %d stems", stems)
	}
	for i := 0; i < int(stems) && err == nil; i++ {
		var n uint8
		get(&n)
		b := make([]byte, n)
		if err == nil {
			_, err = io.ReadFull(br, b)
		}
		var v float32
		get(&v)
		m.IDF[string(b)] = v
	}
	if err != nil {
		return nil, fmt.Errorf("stance: reading the model: %w", err)
	}
	return m, nil
}
