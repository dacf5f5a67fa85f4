/**
 * The Terraform readers: `.tf` / `.tf.json` / `.tfvars` files (`readTerraformHcl`,
 * the HCL parser injected because it is Node or a browser worker) and the JSON of
 * `terraform show -json` for a plan or a state (`readTerraformJson`). Both produce the
 * infrastructure model with the same mapping per `aws_*` type.
 */
export { readTerraformHcl, type HclParser, type TerraformFile } from './hcl/read';
export { readTerraformJson } from './show/read';
export { TERRAFORM_TYPES } from './mapping';
