"""GGUF loading (pipeline.models.loading.gguf_parsed_once): the file read once per load, and nothing else changed.

transformers reads a GGUF file's header three times for one load (the config, the tokenizer, the weights); the
loader hands it one reader per file while it loads. On a tiny file written here with the `gguf` package itself."""

import numpy as np
import pytest

from pipeline.models.loading import gguf_parsed_once

gguf = pytest.importorskip("gguf")


@pytest.fixture
def tiny_gguf(tmp_path):
    path = tmp_path / "tiny.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_block_count(1)
    writer.add_context_length(8)
    writer.add_tensor("token_embd.weight", np.arange(12, dtype=np.float32).reshape(3, 4))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def test_one_reader_per_file_while_loading_and_the_library_as_it_was_after(tiny_gguf):
    real_reader, real_map = gguf.GGUFReader, gguf.get_tensor_name_map
    plain = real_reader(str(tiny_gguf))
    with gguf_parsed_once():
        first = gguf.GGUFReader(str(tiny_gguf))
        assert gguf.GGUFReader(tiny_gguf) is first  # the same file by another spelling of its path
        assert gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, 1) is gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, 1)
    assert (gguf.GGUFReader, gguf.get_tensor_name_map) == (real_reader, real_map)
    assert gguf.GGUFReader(str(tiny_gguf)) is not first
    # What the shared reader gives is what a reader of its own gives
    assert list(first.fields) == list(plain.fields)
    assert [t.name for t in first.tensors] == [t.name for t in plain.tensors] == ["token_embd.weight"]
    assert np.array_equal(first.tensors[0].data, plain.tensors[0].data)


def test_the_library_is_put_back_when_a_load_fails(tiny_gguf):
    real_reader = gguf.GGUFReader
    with pytest.raises(ValueError), gguf_parsed_once():
        gguf.GGUFReader(str(tiny_gguf))
        raise ValueError("a load that fails")
    assert gguf.GGUFReader is real_reader
