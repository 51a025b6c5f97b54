# releasebot, CPU only, with the index built from corpus/ at image build.
#   docker build -t releasebot .
#   docker run -e RELEASEBOT_TELEGRAM_TOKEN=... -v releasebot-data:/data releasebot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    RELEASEBOT_CORPUS_DIR=/app/corpus \
    RELEASEBOT_INDEX_DIR=/data/index \
    RELEASEBOT_FEEDBACK_DB=/data/feedback.sqlite3

# torch first, from PyTorch's CPU index: PyPI's Linux wheel is a CUDA build of several GB.
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

RUN groupadd --gid 10001 releasebot \
    && useradd --create-home --uid 10001 --gid 10001 releasebot \
    && mkdir -p /data \
    && chown releasebot:releasebot /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot/ bot/
COPY index/ index/
# The installed CPU torch satisfies the project's pin; the check fails the build if it was replaced.
# With qdrant-client, for RELEASEBOT_VECTOR_STORE=qdrant (docker-compose.yml); versions: pyproject.
# hadolint ignore=DL3013
RUN pip install --no-cache-dir .[qdrant] \
    && python -c "import torch; assert torch.version.cuda is None, 'torch is not the CPU build'"
# Owned by the bot's user: `releasebot fetch` and the bot's feed refresh write new releases here.
COPY --chown=10001:10001 corpus/ corpus/
COPY docker/start.sh docker/start.sh

# Numeric, so that a runtime (e.g. Kubernetes runAsNonRoot) can tell it is not root.
USER 10001:10001
# Before VOLUME: a builder may discard what later steps write under a declared volume.
RUN releasebot rebuild --corpus "$RELEASEBOT_CORPUS_DIR" --index "$RELEASEBOT_INDEX_DIR"

VOLUME ["/data"]
HEALTHCHECK --interval=60s --timeout=30s --start-period=120s --retries=3 CMD ["releasebot", "health"]
ENTRYPOINT ["sh", "/app/docker/start.sh"]
CMD ["releasebot", "run"]
