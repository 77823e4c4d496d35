/**
 * Deployment variants as small repositories: each is the files a real project would have for
 * one way of running one service (Terraform, compose, Kubernetes manifests, a Helm chart, env
 * templates, a manifest with the SDK). The stub composer must pick the right procedure for
 * each and name what the files name. `dep` is the dependency whose stub is checked.
 */
export interface Variant {
  id: string;
  dep: string;
  files: Record<string, string>;
  /** the stub is drafted with this tier-3 setting */
  tier3?: 'note' | 'scenario';
  /** what the procedure must be right about (asserted by the suite) */
  mustContain: Array<string | RegExp>;
  mustNotContain?: Array<string | RegExp>;
  /** one line for the report's table: why this procedure is the right one */
  why: string;
}

const tf = (body: string): Record<string, string> => ({ 'infra/main.tf': body });
const envPg = { '.env.example': 'DATABASE_URL=postgres://app:secret@localhost:5432/app\n' };
const envMysql = { '.env.example': 'DATABASE_URL=mysql://app:secret@localhost:3306/app\n' };
const envRedis = { '.env.example': 'REDIS_URL=redis://localhost:6379/0\n' };
const pkg = (deps: Record<string, string>): Record<string, string> => ({ 'package.json': JSON.stringify({ name: 'app', dependencies: deps }, null, 2) });

const composeApp = (db: string, env: string): string => `services:
  api:
    build: .
    environment:
      ${env}
    depends_on:
      - ${db.split(':')[0]}
  worker:
    build: .
    environment:
      ${env}
${db.split(':').slice(1).join(':')}`;

export const VARIANTS: Variant[] = [
  // ---------- Amazon RDS / Aurora
  {
    id: 'rds-postgres-multi-az', dep: 'postgresql',
    files: { ...tf('resource "aws_db_instance" "orders" {\n  identifier = "orders-db"\n  engine     = "postgres"\n  multi_az   = true\n}\n'), ...envPg },
    mustContain: ['--db-instance-identifier orders-db', 'fails over by itself', '--force-failover', '--db-subnet-group-name', '--multi-az', 'orders-db-restore', 'aws_db_instance.orders', '$DATABASE_URL'],
    why: 'Multi-AZ fails over by itself: wait, force only if it hangs; PITR into a new instance with the source\'s groups, rename to keep the endpoint',
  },
  {
    id: 'rds-postgres-single-az', dep: 'postgresql',
    files: { ...tf('resource "aws_db_instance" "orders" {\n  identifier = "orders-db"\n  engine     = "postgres"\n  multi_az   = false\n}\n'), ...envPg },
    mustContain: ['no standby', 'multi_az = false', 'reboot-db-instance --db-instance-identifier orders-db'],
    mustNotContain: ['reboot-db-instance --db-instance-identifier orders-db --force-failover', '--multi-az'],
    why: '`multi_az = false`: no forced failover, a plain reboot, PITR for data',
  },
  {
    id: 'rds-mysql', dep: 'mysql',
    files: { ...tf('resource "aws_db_instance" "shop" {\n  identifier = "shop-mysql"\n  engine     = "mysql"\n  multi_az   = true\n}\n'), ...envMysql },
    mustContain: ['--db-instance-identifier shop-mysql', 'mysqladmin --defaults-extra-file="$MYSQL_DEFAULTS_FILE" ping', 'RESTORE_DEFAULTS_FILE'],
    mustNotContain: ['MARIADB_DEFAULTS_FILE', 'pg_'],
    why: 'RDS MySQL: the same RDS procedure with MySQL clients and one option-file variable throughout',
  },
  {
    id: 'rds-mariadb', dep: 'mariadb',
    files: { ...tf('resource "aws_db_instance" "legacy" {\n  identifier = "legacy-db"\n  engine     = "mariadb"\n}\n'), ...envMysql },
    mustContain: ['mariadb-admin --defaults-extra-file="$MYSQL_DEFAULTS_FILE" ping', '`multi_az` is not set'],
    mustNotContain: ['MARIADB_DEFAULTS_FILE', /reboot-db-instance[^\n]*--force-failover/],
    why: 'RDS MariaDB without `multi_az` (AWS default: single-AZ): reboot, not failover; MariaDB clients',
  },
  {
    id: 'aurora-postgres-two-instances', dep: 'postgresql',
    files: { ...tf('resource "aws_rds_cluster" "main" {\n  cluster_identifier = "orders-aurora"\n  engine             = "aurora-postgresql"\n}\nresource "aws_rds_cluster_instance" "members" {\n  count              = 2\n  cluster_identifier = aws_rds_cluster.main.id\n  instance_class     = "db.r6g.large"\n  engine             = "aurora-postgresql"\n}\n'), ...envPg },
    mustContain: ['--db-cluster-identifier orders-aurora', 'failover-db-cluster', '--target-db-instance-identifier "$READER_ID"', 'restore-db-cluster-to-point-in-time', 'create-db-instance --db-cluster-identifier orders-aurora-restore', 'wait db-instance-available', "--query 'DBClusters[0].Endpoint'"],
    why: 'Aurora with a reader: automatic failover first, manual to a named reader; PITR cluster + create-db-instance + wait + endpoint',
  },
  {
    id: 'aurora-mysql-no-reader', dep: 'mysql',
    files: { ...tf('resource "aws_rds_cluster" "main" {\n  cluster_identifier = "shop-aurora"\n  engine             = "aurora-mysql"\n}\nresource "aws_rds_cluster_instance" "writer" {\n  cluster_identifier = aws_rds_cluster.main.id\n  instance_class     = "db.r6g.large"\n  engine             = "aurora-mysql"\n}\n'), ...envMysql },
    mustContain: ['one instance', 'nothing to promote', 'Add a reader', '--engine aurora-mysql'],
    why: 'Aurora with one instance: a manual failover has nothing to promote; wait for the writer to be recreated, add a reader',
  },
  {
    id: 'rds-multi-az-db-cluster', dep: 'postgresql',
    files: { ...tf('resource "aws_rds_cluster" "orders" {\n  cluster_identifier        = "orders-maz"\n  engine                    = "postgres"\n  db_cluster_instance_class = "db.m6gd.large"\n}\n'), ...envPg },
    mustContain: ['Multi-AZ DB cluster', 'describe-db-clusters --db-cluster-identifier orders-maz', '--db-cluster-instance-class', 'wait db-cluster-available'],
    mustNotContain: ['create-db-instance', 'describe-db-instances --db-instance-identifier orders-maz'],
    why: 'Multi-AZ DB cluster (`aws_rds_cluster` engine `postgres`): cluster commands; its restore brings its own instances',
  },
  {
    id: 'rds-identifier-from-variable', dep: 'postgresql',
    files: { ...tf('variable "env" {}\nresource "aws_db_instance" "main" {\n  identifier = "${var.env}-orders"\n  engine     = "postgres"\n  multi_az   = true\n}\n'), ...envPg },
    mustContain: ['"$DB_INSTANCE_ID"', 'terraform state show', '"${var.env}-orders"', '"${DB_INSTANCE_ID}-restore"'],
    why: 'an identifier the code computes: one placeholder, explained once with where it comes from',
  },
  // ---------- ElastiCache
  {
    id: 'elasticache-replication-group', dep: 'redis',
    files: { ...tf('resource "aws_elasticache_replication_group" "sessions" {\n  replication_group_id       = "sessions"\n  description                = "sessions"\n  num_cache_clusters         = 2\n  automatic_failover_enabled = true\n}\n'), ...envRedis, ...pkg({ ioredis: '5' }) },
    mustContain: ['--replication-group-id sessions', 'describe-events', '--primary-cluster-id "$REPLICA_NODE_ID"', '--no-automatic-failover-enabled', 'never with `test-failover`'],
    mustNotContain: ['aws elasticache test-failover'],
    why: 'replication group: wait for automatic failover, check events, then promote with `modify-replication-group --primary-cluster-id`; never `test-failover`',
  },
  {
    id: 'elasticache-single-node', dep: 'redis',
    files: { ...tf('resource "aws_elasticache_cluster" "cache" {\n  cluster_id      = "app-cache"\n  engine          = "redis"\n  num_cache_nodes = 1\n}\n'), ...envRedis },
    mustContain: ['reboot-cache-cluster --cache-cluster-id app-cache', 'no replica to fail over to'],
    mustNotContain: ['replication-group'],
    why: 'single-node cluster: nothing to fail over to; reboot the node, cold-cache warning',
  },
  {
    id: 'elasticache-serverless', dep: 'redis',
    files: { ...tf('resource "aws_elasticache_serverless_cache" "cache" {\n  name   = "app-serverless"\n  engine = "valkey"\n}\n'), ...envRedis },
    mustContain: ['describe-serverless-caches --serverless-cache-name app-serverless', 'no failover or reboot', 'create-serverless-cache', '--engine valkey'],
    mustNotContain: ['reboot-cache-cluster', 'primary-cluster-id'],
    why: 'serverless: AWS runs the nodes, no failover/reboot API; restore a snapshot into a new cache',
  },
  {
    id: 'elasticache-memcached', dep: 'memcached', tier3: 'scenario',
    files: { ...tf('resource "aws_elasticache_cluster" "pages" {\n  cluster_id      = "page-cache"\n  engine          = "memcached"\n  num_cache_nodes = 3\n}\n'), '.env.example': 'MEMCACHED_SERVERS=localhost:11211\n' },
    mustContain: ['Memcached has no replicas', '--cache-node-ids-to-reboot "$NODE_ID"', 'page-cache'],
    why: 'Memcached: no replicas or persistence; reboot only the failed node (drafted with `draft-tier-3: scenario`)',
  },
  {
    id: 'elasticache-memcached-tier3-note', dep: 'memcached',
    files: { ...tf('resource "aws_elasticache_cluster" "pages" {\n  cluster_id      = "page-cache"\n  engine          = "memcached"\n  num_cache_nodes = 3\n}\n') },
    mustContain: ['Tier 3: a feature degrades', 'draft-tier-3: scenario'],
    mustNotContain: ['reboot-cache-cluster', 'SEV-1]'],
    why: 'tier 3 by default: a short degradation note, no failover scenario',
  },
  // ---------- Cloud SQL
  {
    id: 'cloud-sql-postgres-regional', dep: 'postgresql',
    files: { ...tf('resource "google_sql_database_instance" "main" {\n  name             = "orders-pg"\n  database_version = "POSTGRES_15"\n  settings {\n    tier              = "db-custom-2-7680"\n    availability_type = "REGIONAL"\n  }\n}\n'), ...envPg },
    mustContain: ['gcloud sql instances failover orders-pg', 'gcloud sql instances clone orders-pg orders-pg-restore --point-in-time=', 'Never `gcloud sql backups restore'],
    mustNotContain: ['--restore-instance orders-pg'],
    why: 'regional (HA): automatic failover, manual only if stuck; PITR is a clone to a new instance',
  },
  {
    id: 'cloud-sql-postgres-zonal', dep: 'postgresql',
    files: { ...tf('resource "google_sql_database_instance" "main" {\n  name             = "orders-pg"\n  database_version = "POSTGRES_15"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n'), ...envPg },
    mustContain: ['the instance is zonal', 'gcloud sql instances restart orders-pg', 'gcloud sql instances clone'],
    mustNotContain: ['gcloud sql instances failover orders-pg'],
    why: 'zonal: no standby, no failover command; restart once, clone for PITR',
  },
  {
    id: 'cloud-sql-mysql', dep: 'mysql',
    files: { ...tf('resource "google_sql_database_instance" "shop" {\n  name             = "shop-mysql"\n  database_version = "MYSQL_8_0"\n  settings {\n    tier              = "db-n1-standard-2"\n    availability_type = "REGIONAL"\n  }\n}\n'), ...envMysql },
    mustContain: ['gcloud sql instances clone shop-mysql shop-mysql-restore', '--enable-bin-log'],
    why: 'Cloud SQL MySQL: clone-based PITR (binary logs), failover for regional',
  },
  // ---------- Other AWS and GCP data stores
  {
    id: 'dynamodb-table', dep: 'dynamodb',
    files: { ...tf('resource "aws_dynamodb_table" "orders" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n  stream_enabled = true\n  ttl {\n    attribute_name = "expires_at"\n    enabled        = true\n  }\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n') },
    mustContain: ['restore-table-to-point-in-time --source-table-name orders --target-table-name orders-restore', 'update-time-to-live --table-name orders-restore', 'AttributeName=expires_at', '--stream-specification', 'describe-scalable-targets', 'point the app at'],
    why: 'DynamoDB: restore to a new table, re-create autoscaling, alarms, streams, TTL and PITR, point the app at it',
  },
  {
    id: 'documentdb-cluster', dep: 'mongodb',
    files: { ...tf('resource "aws_docdb_cluster" "docs" {\n  cluster_identifier = "docs-db"\n}\n'), '.env.example': 'MONGODB_URI=mongodb://localhost:27017/app\n' },
    mustContain: ['aws docdb failover-db-cluster --db-cluster-identifier docs-db', 'aws docdb restore-db-cluster-to-point-in-time', 'aws docdb create-db-instance'],
    mustNotContain: ['mongorestore --drop'],
    why: 'DocumentDB: `aws docdb failover-db-cluster`; PITR cluster plus an instance',
  },
  {
    id: 'msk-cluster', dep: 'kafka',
    files: { ...tf('resource "aws_msk_cluster" "events" {\n  cluster_name           = "events"\n  kafka_version          = "3.6.0"\n  number_of_broker_nodes = 3\n}\n'), '.env.example': 'KAFKA_BROKERS=localhost:9094\n', ...pkg({ kafkajs: '2' }) },
    mustContain: ['aws kafka reboot-broker', '--command-config msk-client.properties', 'list-clusters-v2 --cluster-name-filter events', 'never reboot every broker'],
    why: 'MSK: `aws kafka reboot-broker` for one broker, TLS client config for the Kafka tools',
  },
  {
    id: 'opensearch-service', dep: 'opensearch', tier3: 'scenario',
    files: { ...tf('resource "aws_opensearch_domain" "search" {\n  domain_name    = "catalog-search"\n  engine_version = "OpenSearch_2.11"\n}\n'), '.env.example': 'OPENSEARCH_URL=https://localhost:9200\n' },
    mustContain: ['aws opensearch describe-domain --domain-name catalog-search', '--aws-sigv4', 'cs-automated'],
    why: 'OpenSearch Service (hosted): AWS replaces nodes; signed requests; automated snapshots or reindex',
  },
  {
    id: 's3-bucket-terraform', dep: 'aws-s3',
    files: { ...tf('resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\nresource "aws_s3_bucket_versioning" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'), ...pkg({ '@aws-sdk/client-s3': '3' }) },
    mustContain: ['aws s3 ls "s3://acme-uploads/" --recursive --summarize', '--bucket acme-uploads', 'versioning Enabled'],
    why: 'S3: versions bring objects back; `ls --recursive --summarize` counts them',
  },
  {
    id: 's3-sdk-only', dep: 'aws-s3',
    files: { ...pkg({ '@aws-sdk/client-s3': '3' }), '.env.example': 'S3_BUCKET=uploads\n' },
    mustContain: ['"$S3_BUCKET"', '--recursive --summarize'],
    why: 'S3 named only by the app\'s variable: that variable in every step',
  },
  {
    id: 'gcs-bucket', dep: 'gcs',
    files: { ...tf('resource "google_storage_bucket" "media" {\n  name     = "acme-media"\n  location = "EU"\n  versioning {\n    enabled = true\n  }\n}\n') },
    mustContain: ['gcloud storage ls --all-versions "gs://acme-media/$OBJECT"', '#$GENERATION'],
    why: 'GCS: object generations (`ls --all-versions`, `cp ...#GEN`)',
  },
  // ---------- compose
  {
    id: 'compose-postgres', dep: 'postgresql',
    files: { 'docker-compose.yml': composeApp('db:  db:\n    image: postgres:15\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_DB: shop\n      POSTGRES_PASSWORD: example\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n', 'DATABASE_URL: postgres://shop:example@db:5432/shop') },
    mustContain: ['docker compose exec -T db pg_isready -U shop -d shop', 'docker compose stop api worker', 'createdb -U shop shop_restore', 'pg_restore -U shop -d shop_restore', 'psql -U shop -d shop_restore -v ON_ERROR_STOP=1', 'ALTER DATABASE shop RENAME TO shop_before_restore', 'docker compose start api worker'],
    mustNotContain: [/pg_restore[^\n]*--clean/, /"\$DATABASE_URL"[^\n]*db:5432/, 'redis://redis:6379'],
    why: 'compose: tools inside the service (`exec -T db`), writers stopped, scratch database, verify, rename',
  },
  {
    id: 'compose-postgres-interpolated', dep: 'postgresql',
    files: { 'compose.yaml': 'services:\n  app:\n    build: .\n    environment:\n      POSTGRES_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@database:5432/${POSTGRES_DB}\n  database:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_DB: ${POSTGRES_DB}\n', '.env.example': 'POSTGRES_USER=app\nPOSTGRES_PASSWORD=change-me\nPOSTGRES_DB=app\n' },
    mustContain: ['docker compose exec -T database pg_isready -U "$POSTGRES_USER" -d "$POSTGRES_DB"', 'docker compose stop app', 'ALTER DATABASE $POSTGRES_DB RENAME'],
    why: 'compose with `${POSTGRES_USER}` from `.env`: the same variables, explained once',
  },
  {
    id: 'compose-postgres-prod-file', dep: 'postgresql',
    files: { 'deploy/docker-compose.prod.yml': 'services:\n  web:\n    image: ghcr.io/acme/web:1\n    environment:\n      DATABASE_URL: postgres://app:pw@pg:5432/app\n  pg:\n    image: postgres:15\n    environment:\n      POSTGRES_USER: app\n' },
    mustContain: ['docker compose -f deploy/docker-compose.prod.yml exec -T pg', 'docker compose -f deploy/docker-compose.prod.yml stop web'],
    why: 'a compose file with another name: `-f` on every command',
  },
  {
    id: 'compose-mysql', dep: 'mysql',
    files: { 'docker-compose.yml': composeApp('mysql:  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_DATABASE: shop\n      MYSQL_ROOT_PASSWORD: example\n', 'DATABASE_URL: mysql://root:example@mysql:3306/shop') },
    mustContain: ['docker compose exec -T mysql mysqladmin -uroot -p"$MYSQL_ROOT_PASSWORD" ping', 'mysqldump -uroot', 'CREATE DATABASE shop_restore', 'docker compose exec -T mysql mysql -uroot -p"$MYSQL_ROOT_PASSWORD" shop_restore < "$BACKUP_FILE"'],
    mustNotContain: ['MYSQL_DEFAULTS_FILE'],
    why: 'compose MySQL: the image\'s own client inside the service, scratch database first',
  },
  {
    id: 'compose-mariadb', dep: 'mariadb',
    files: { 'docker-compose.yml': composeApp('db:  db:\n    image: mariadb:11\n    environment:\n      MARIADB_DATABASE: blog\n      MARIADB_ROOT_PASSWORD: example\n', 'DATABASE_URL: mysql://root:example@db:3306/blog') },
    mustContain: ['docker compose exec -T db mariadb-admin -uroot -p"$MARIADB_ROOT_PASSWORD" ping', 'mariadb-dump', 'blog_restore'],
    mustNotContain: ['MYSQL_DEFAULTS_FILE', 'MARIADB_DEFAULTS_FILE'],
    why: 'compose MariaDB: `mariadb` tools inside the service; the same password variable in every step',
  },
  {
    id: 'compose-mongodb', dep: 'mongodb',
    files: { 'docker-compose.yml': composeApp('mongo:  mongo:\n    image: mongo:7\n    environment:\n      MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD: example\n      MONGO_INITDB_DATABASE: catalog\n', 'MONGODB_URI: mongodb://root:example@mongo:27017/catalog') },
    mustContain: ['docker compose exec -T mongo mongosh --quiet --username root', 'mongodump --username root', '--nsTo="catalog_restore.*"'],
    mustNotContain: ['--drop', 'mongo:27017'],
    why: 'compose MongoDB: `mongodump`/`mongorestore` inside, into a scratch database, never `--drop` on the live one',
  },
  {
    id: 'compose-redis-cache', dep: 'redis',
    files: { 'docker-compose.yml': composeApp('cache:  cache:\n    image: redis:7\n', 'REDIS_URL: redis://cache:6379/0'), ...pkg({ ioredis: '5' }) },
    mustContain: ['docker compose exec -T cache redis-cli ping', 'cold cache', 'docker compose restart cache', 'redis-cli --rdb - > backups/before-restart.rdb'],
    mustNotContain: ['redis://cache:6379', 'redis-cli -u'],
    why: 'compose Redis cache: `redis-cli` inside, save the RDB, restart once, cold-cache warning',
  },
  {
    id: 'compose-redis-celery', dep: 'redis',
    files: { 'docker-compose.yml': 'services:\n  worker:\n    build: .\n    command: celery -A app worker\n    environment:\n      CELERY_BROKER_URL: redis://broker:6379/0\n  broker:\n    image: redis:7\n', 'requirements.txt': 'celery[redis]==5.3.0\n' },
    mustContain: ['docker compose exec -T broker redis-cli', '`celery` job queue', 're-enqueue'],
    why: 'Redis as the Celery broker: the broker service, the queue re-enqueue step',
  },
  {
    id: 'compose-rabbitmq', dep: 'rabbitmq',
    files: { 'docker-compose.yml': composeApp('rabbitmq:  rabbitmq:\n    image: rabbitmq:3-management\n', 'AMQP_URL: amqp://guest:guest@rabbitmq:5672') },
    mustContain: ['docker compose exec -T rabbitmq rabbitmq-diagnostics -q check_running', 'rabbitmqctl export_definitions -', 'single node'],
    why: 'compose RabbitMQ: node access through the container, definitions saved before a restart',
  },
  {
    id: 'compose-elasticsearch-single-node', dep: 'elasticsearch', tier3: 'scenario',
    files: { 'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      ELASTICSEARCH_URL: http://es:9200\n  es:\n    image: elasticsearch:8.13.0\n    environment:\n      discovery.type: single-node\n' },
    mustContain: ['wait_for_status=yellow', 'a single node is never green'],
    mustNotContain: ['wait_for_status=green'],
    why: 'single-node Elasticsearch is at best yellow: waits for yellow, not green',
  },
  {
    id: 'compose-kafka-single-broker', dep: 'kafka',
    files: { 'docker-compose.yml': 'services:\n  app:\n    build: .\n    environment:\n      KAFKA_BROKERS: kafka:9092\n  kafka:\n    image: bitnami/kafka:3.7\n' },
    mustContain: ['docker compose exec -T kafka kafka-topics.sh --bootstrap-server localhost:9092', 'single node'],
    why: 'a single compose broker: tools inside the container, no failover to run',
  },
  // ---------- Kubernetes
  {
    id: 'k8s-postgres-statefulset', dep: 'postgresql',
    files: {
      'k8s/postgres.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: orders-db\n  namespace: data\nspec:\n  serviceName: orders-db\n  replicas: 1\n  selector:\n    matchLabels:\n      app: orders-db\n  template:\n    metadata:\n      labels:\n        app: orders-db\n    spec:\n      containers:\n        - name: postgres\n          image: postgres:15\n          env:\n            - name: POSTGRES_USER\n              value: orders\n            - name: POSTGRES_DB\n              value: orders\n',
      'k8s/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: data\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1\n          env:\n            - name: DATABASE_URL\n              value: postgres://orders@orders-db:5432/orders\n',
    },
    mustContain: ['kubectl exec -n data statefulset/orders-db -c postgres -- pg_isready -U orders -d orders', 'kubectl get pods -n data -l app=orders-db', 'kubectl scale -n data deployment/api --replicas=0', 'kubectl scale -n data deployment/api --replicas=3', 'kubectl rollout restart -n data statefulset/orders-db'],
    mustNotContain: ['app.kubernetes.io/name=$WORKLOAD', '$WORKLOAD'],
    why: 'Kubernetes StatefulSet: `kubectl exec` into it by kind/name/namespace as written, its own labels, writers scaled to zero',
  },
  {
    id: 'k8s-postgres-deployment-no-namespace', dep: 'postgresql',
    files: { 'deploy/db.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: pg\nspec:\n  selector:\n    matchLabels:\n      component: db\n  template:\n    metadata:\n      labels:\n        component: db\n    spec:\n      containers:\n        - name: pg\n          image: postgres:16\n' },
    mustContain: ['deployment/pg', '-l component=db', '-n "$K8S_NAMESPACE"'],
    mustNotContain: ['statefulset/'],
    why: 'a Deployment (not a StatefulSet) with no namespace: `deployment/pg`, the namespace asked for once',
  },
  {
    id: 'k8s-redis-deployment', dep: 'redis',
    files: { 'k8s/redis.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: redis\n  namespace: cache\nspec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: redis\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: redis\n    spec:\n      containers:\n        - name: redis\n          image: redis:7\n' },
    mustContain: ['kubectl exec -n cache deployment/redis -c redis -- redis-cli ping', '-l app.kubernetes.io/name=redis'],
    why: 'Kubernetes Redis: `kubectl exec` into the Deployment as written',
  },
  {
    id: 'k8s-mongodb-statefulset', dep: 'mongodb',
    files: { 'k8s/mongo.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mongo\n  namespace: data\nspec:\n  serviceName: mongo\n  selector:\n    matchLabels:\n      app: mongo\n  template:\n    metadata:\n      labels:\n        app: mongo\n    spec:\n      containers:\n        - name: mongo\n          image: mongo:7\n          env:\n            - name: MONGO_INITDB_DATABASE\n              value: catalog\n' },
    mustContain: ['kubectl exec -n data statefulset/mongo -c mongo -- mongosh', 'kubectl exec -n data -i statefulset/mongo -c mongo -- mongorestore'],
    why: 'Kubernetes MongoDB: tools through `kubectl exec` (stdin with `-i`), scratch database',
  },
  {
    id: 'k8s-cassandra-quorum', dep: 'cassandra',
    files: { 'k8s/cassandra.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: cassandra\n  namespace: data\nspec:\n  serviceName: cassandra\n  replicas: 3\n  selector:\n    matchLabels:\n      app: cassandra\n  template:\n    metadata:\n      labels:\n        app: cassandra\n    spec:\n      containers:\n        - name: cassandra\n          image: cassandra:4.1\n' },
    mustContain: ['kubectl exec -n data statefulset/cassandra -c cassandra -- nodetool status', 'never restart the whole StatefulSet', 'kubectl delete pod -n data "$DOWN_POD"', 'nodetool repair -full'],
    mustNotContain: [/^\s*kubectl rollout restart/m],
    why: 'quorum (Cassandra ×3): never restart all; replace only the down pod, then repair; `nodetool` inside the pod',
  },
  {
    id: 'k8s-rabbitmq-quorum', dep: 'rabbitmq',
    files: { 'k8s/rabbitmq.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: rabbitmq\n  namespace: queues\nspec:\n  serviceName: rabbitmq\n  replicas: 3\n  selector:\n    matchLabels:\n      app: rabbitmq\n  template:\n    metadata:\n      labels:\n        app: rabbitmq\n    spec:\n      containers:\n        - name: rabbitmq\n          image: rabbitmq:3.13\n' },
    mustContain: ['rabbitmq-diagnostics -q cluster_status', 'rabbitmq-queues rebalance quorum', 'one at a time'],
    mustNotContain: [/^\s*kubectl rollout restart/m],
    why: 'RabbitMQ cluster ×3: node access via `kubectl exec`, replace one node at a time, rebalance',
  },
  {
    id: 'k8s-kafka-quorum', dep: 'kafka',
    files: { 'k8s/kafka.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\n  namespace: streaming\nspec:\n  serviceName: kafka\n  replicas: 3\n  selector:\n    matchLabels:\n      app: kafka\n  template:\n    metadata:\n      labels:\n        app: kafka\n    spec:\n      containers:\n        - name: kafka\n          image: apache/kafka:3.7.0\n' },
    mustContain: ['/opt/kafka/bin/kafka-topics.sh --bootstrap-server localhost:9092 --describe --under-replicated-partitions', 'kubectl delete pod -n streaming "$DOWN_POD"'],
    mustNotContain: [/^\s*kubectl rollout restart/m],
    why: 'Kafka ×3 (official image, tools outside PATH): one broker at a time, under-replicated partitions as the gate',
  },
  {
    id: 'k8s-elasticsearch-quorum', dep: 'elasticsearch', tier3: 'scenario',
    files: { 'k8s/es.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: es\n  namespace: search\nspec:\n  serviceName: es\n  replicas: 3\n  selector:\n    matchLabels:\n      app: es\n  template:\n    metadata:\n      labels:\n        app: es\n    spec:\n      containers:\n        - name: es\n          image: elasticsearch:8.13.0\n' },
    mustContain: ['wait_for_status=green', 'kubectl delete pod -n search "$DOWN_POD"'],
    why: 'a three-node Elasticsearch can be green; replace one node at a time',
  },
  {
    id: 'helm-postgresql-chart', dep: 'postgresql',
    files: { 'chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\ndependencies:\n  - name: postgresql\n    version: 15.x.x\n    repository: oci://registry-1.docker.io/bitnamicharts\n', 'chart/values.yaml': 'postgresql:\n  enabled: true\n', ...envPg },
    mustContain: ['Helm chart `postgresql`', '$DATABASE_URL'],
    why: 'a Helm sub-chart: release and namespace are install-time values, so the app\'s URL is used',
  },
  // ---------- hosted providers
  {
    id: 'neon-postgres', dep: 'postgresql',
    files: { ...pkg({ '@neondatabase/serverless': '0.9' }), ...envPg },
    mustContain: ['https://neonstatus.com', 'neon branches create', '--preserve-under-name', 'Declare an incident'],
    why: 'Neon: branch from a point in time (scratch), verify, restore in place keeping the old state; full communication',
  },
  {
    id: 'upstash-redis', dep: 'redis',
    files: { ...pkg({ '@upstash/redis': '1' }), '.env.example': 'UPSTASH_REDIS_REST_URL=https://example.upstash.io\nUPSTASH_REDIS_REST_TOKEN=\n' },
    mustContain: ['https://status.upstash.com', 'Upstash Console', 'Do not rotate `UPSTASH_REDIS_REST_TOKEN`'],
    mustNotContain: ['Do not rotate `UPSTASH_REDIS_REST_URL'],
    why: 'Upstash: the provider\'s status page and backup restore path; only the token is a secret',
  },
  {
    id: 'mongodb-atlas', dep: 'mongodb',
    files: { ...tf('resource "mongodbatlas_advanced_cluster" "main" {\n  name         = "prod-cluster"\n  project_id   = var.project\n  cluster_type = "REPLICASET"\n}\n') },
    mustContain: ['https://status.mongodb.com', 'atlas backups restores start pointInTime --clusterName prod-cluster'],
    why: 'Atlas: point-in-time restore into a scratch cluster with the Atlas CLI',
  },
  {
    id: 'cloudamqp', dep: 'rabbitmq',
    files: { ...tf('resource "cloudamqp_instance" "queue" {\n  name = "jobs"\n  plan = "bunny-1"\n}\n'), '.env.example': 'CLOUDAMQP_URL=amqps://user:pass@localhost/vhost\n' },
    mustContain: ['https://status.cloudamqp.com', 'CloudAMQP Console'],
    why: 'CloudAMQP: the provider\'s status page and console path, communication protocol',
  },
  {
    id: 'supabase', dep: 'supabase',
    files: { ...pkg({ '@supabase/supabase-js': '2' }), '.env.example': 'SUPABASE_URL=https://localhost\nSUPABASE_SERVICE_ROLE_KEY=\n' },
    mustContain: ['https://status.supabase.com', 'Do not rotate `SUPABASE_SERVICE_ROLE_KEY`'],
    mustNotContain: ['`SUPABASE_URL` or redeploy', 'rotate `SUPABASE_URL`'],
    why: 'Supabase: provider outage protocol; `SUPABASE_URL` is not a secret',
  },
  // ---------- third-party APIs
  {
    id: 'stripe', dep: 'stripe',
    files: { ...pkg({ stripe: '14' }), '.env.example': 'STRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=\n' },
    mustContain: ['https://status.stripe.com', 'stripe events list --limit 20 --live', '--idempotency', 'stripe events resend'],
    why: 'Stripe: live-mode CLI, webhooks resent, charges retried with their idempotency keys',
  },
  {
    id: 'auth0', dep: 'auth0',
    files: { ...pkg({ '@auth0/nextjs-auth0': '3' }), '.env.example': 'AUTH0_DOMAIN=example.auth0.com\nAUTH0_CLIENT_ID=\nAUTH0_CLIENT_SECRET=\n' },
    mustContain: ['https://status.auth0.com', 'Do not rotate `AUTH0_CLIENT_SECRET`', '[SEV-1]'],
    mustNotContain: ['rotate `AUTH0_DOMAIN', 'rotate `AUTH0_DOMAIN`'],
    why: 'Auth0 (tier 1): provider protocol with SEV-1 cadence; only the client secret is a secret',
  },
  {
    id: 'twilio-tier3', dep: 'twilio',
    files: { ...pkg({ twilio: '4' }), '.env.example': 'TWILIO_ACCOUNT_SID=\nTWILIO_AUTH_TOKEN=\n' },
    mustContain: ['Tier 3: a feature degrades', 'https://status.twilio.com'],
    mustNotContain: ['rotate', 'SEV-1]'],
    why: 'tier 3: a degradation note only; nothing about rotating `TWILIO_ACCOUNT_SID`',
  },
  {
    id: 'openai-tier3', dep: 'openai',
    files: { ...pkg({ openai: '4' }), '.env.example': 'OPENAI_API_KEY=\n' },
    mustContain: ['Tier 3: a feature degrades', 'https://status.openai.com'],
    why: 'tier 3 AI API: a degradation note',
  },
  // ---------- where the repository shows no runtime
  {
    id: 'postgres-package-only', dep: 'postgresql',
    files: { ...pkg({ pg: '8' }), ...envPg },
    mustContain: ['pg_isready -d "$DATABASE_URL"', 'pg_dump -Fc -d "$DATABASE_URL"', '$RESTORE_DATABASE_URL', '<RESTART_COMMAND>'],
    mustNotContain: ['docker compose', 'kubectl', 'pg_restore --clean'],
    why: 'no runtime in the repository: the app\'s URL from a machine that has it; restore into a scratch database, switch by URL',
  },
  {
    id: 'redis-package-only', dep: 'redis',
    files: { ...pkg({ ioredis: '5', bullmq: '5' }), ...envRedis },
    mustContain: ['redis-cli -u "$REDIS_URL" ping', '`bullmq` job queue'],
    why: 'no runtime shown: `redis-cli -u "$REDIS_URL"` everywhere; the BullMQ queue is re-enqueued',
  },
  {
    id: 'mysql-package-only', dep: 'mysql',
    files: { ...pkg({ mysql2: '3' }), ...envMysql },
    mustContain: ['mysqladmin --defaults-extra-file="$MYSQL_DEFAULTS_FILE" ping', 'CREATE DATABASE IF NOT EXISTS $RESTORE_DB'],
    mustNotContain: ['MARIADB_DEFAULTS_FILE'],
    why: 'no runtime shown: one option file variable in every step, scratch database on the same server',
  },
];
